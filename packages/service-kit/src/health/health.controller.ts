import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import { Public } from '../auth/decorators';
import { OperationId } from '../openapi/openapi';
import { ProblemException } from '../problem/problem.exception';
import { ReadinessRegistry } from './readiness';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
    @Inject(ReadinessRegistry) private readonly readiness: ReadinessRegistry,
  ) {}

  /** The process runs and answers; no dependencies, so a database outage does not restart every pod. */
  @Get('live')
  @HealthCheck()
  @OperationId('getLiveness')
  live() {
    return this.health.check([]);
  }

  /** Every registered dependency answers: route traffic here. */
  @Get('ready')
  @HealthCheck()
  @OperationId('getReadiness')
  async ready() {
    try {
      return await this.checkAll();
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const down = Object.keys((error.getResponse() as { error?: object }).error ?? {});
      throw new ProblemException({
        code: 'SERVICE_UNAVAILABLE',
        status: 503,
        detail: `Not ready: ${down.join(', ') || 'unknown'} unavailable`,
        params: { dependencies: down.join(', ') || '?' },
      });
    }
  }

  private checkAll() {
    return this.health.check(
      this.readiness.all().map((dependency) => async () => {
        const indicator = this.indicators.check(dependency.name);
        try {
          await dependency.check();
          return indicator.up();
        } catch (error) {
          return indicator.down({ message: error instanceof Error ? error.message : 'unavailable' });
        }
      }),
    );
  }
}
