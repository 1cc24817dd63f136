import { type INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';

/** Swagger UI at `/docs`, the document at `/docs-json`; zod DTOs are described by nestjs-zod. */
export function setupOpenApi(app: INestApplication, title: string, version = '0.1.0'): void {
  const config = new DocumentBuilder()
    .setTitle(title)
    .setVersion(version)
    .addBearerAuth()
    .addSecurityRequirements('bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, cleanupOpenApiDoc(document), { jsonDocumentUrl: 'docs-json' });
}
