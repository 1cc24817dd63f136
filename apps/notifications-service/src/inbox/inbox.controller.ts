import { Controller, Get, HttpCode, Inject, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, OperationId, type Principal } from '@qorgau/service-kit';
import { ZodValidationPipe } from 'nestjs-zod';
import { PreferencesRepository } from '../repositories/preferences.repository';
import { DeliveriesRepository } from '../repositories/deliveries.repository';
import { isTemplateKey } from '../templates/catalog';
import { renderMessage } from '../templates/render';
import { InboxItemParams, InboxPage, InboxPageQuery, UnreadCount } from './inbox.dto';

/** The caller's own in-app notifications, rendered in their language at read time. */
@ApiTags('inbox')
@ApiBearerAuth()
@Controller('inbox')
export class InboxController {
  constructor(
    @Inject(DeliveriesRepository) private readonly deliveries: DeliveriesRepository,
    @Inject(PreferencesRepository) private readonly preferences: PreferencesRepository,
  ) {}

  @Get()
  @ApiOkResponse({ type: InboxPage })
  @OperationId('listInbox')
  async list(
    @CurrentUser() user: Principal,
    @Query(new ZodValidationPipe(InboxPageQuery)) query: InboxPageQuery,
  ): Promise<InboxPage> {
    const { page, pageSize } = query;
    const locale = (await this.preferences.find(user.personRef))?.locale ?? user.locale;
    const { rows, total } = await this.deliveries.inbox(user.personRef, (page - 1) * pageSize, pageSize);
    const items = rows.map((row) => {
      const message = isTemplateKey(row.template)
        ? renderMessage(row.template, row.params, locale)
        : { title: row.template, body: '' };
      return {
        id: row.id,
        template: row.template,
        ...message,
        caseId: row.caseId,
        createdAt: row.createdAt.toISOString(),
        readAt: row.readAt?.toISOString() ?? null,
      };
    });
    return { items, page, pageSize, total };
  }

  @Get('unread-count')
  @ApiOkResponse({ type: UnreadCount })
  @OperationId('countUnread')
  async unreadCount(@CurrentUser() user: Principal): Promise<UnreadCount> {
    return { count: await this.deliveries.unreadCount(user.personRef) };
  }

  @Post(':id/read')
  @HttpCode(204)
  @OperationId('markNotificationRead')
  async markRead(
    @CurrentUser() user: Principal,
    @Param(new ZodValidationPipe(InboxItemParams)) params: InboxItemParams,
  ): Promise<void> {
    // Someone else's item is reported as missing, not forbidden: its existence is not the caller's business.
    if (!(await this.deliveries.markRead(user.personRef, params.id))) {
      throw new NotFoundException('No such inbox item');
    }
  }
}
