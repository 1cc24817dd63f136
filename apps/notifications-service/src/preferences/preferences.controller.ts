import { Body, Controller, Get, Inject, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, OperationId, type Principal } from '@qorgau/service-kit';
import { PreferencesRepository } from '../repositories/preferences.repository';
import { PreferenceDto } from './preferences.dto';

/** How the caller is told: language, e-mail address, channels. Until saved: the token's locale, inbox only. */
@ApiTags('preferences')
@ApiBearerAuth()
@Controller('preferences/me')
export class PreferencesController {
  constructor(@Inject(PreferencesRepository) private readonly preferences: PreferencesRepository) {}

  @Get()
  @ApiOkResponse({ type: PreferenceDto })
  @OperationId('getMyPreferences')
  async get(@CurrentUser() user: Principal): Promise<PreferenceDto> {
    const saved = await this.preferences.find(user.personRef);
    return saved
      ? { locale: saved.locale, email: saved.email, channels: [...saved.channels] }
      : { locale: user.locale, email: null, channels: ['inbox'] };
  }

  @Put()
  @ApiOkResponse({ type: PreferenceDto })
  @OperationId('putMyPreferences')
  async put(@CurrentUser() user: Principal, @Body() body: PreferenceDto): Promise<PreferenceDto> {
    await this.preferences.save(user.personRef, body);
    return body;
  }
}
