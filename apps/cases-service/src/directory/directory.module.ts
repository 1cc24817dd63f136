import { Module } from '@nestjs/common';
import { CommissionCompositions } from './commission-compositions';
import { DirectoryController } from './directory.controller';
import { DirectoryRepository } from './directory.repository';
import { DirectoryService } from './directory.service';

@Module({
  controllers: [DirectoryController],
  providers: [DirectoryRepository, DirectoryService, CommissionCompositions],
  exports: [CommissionCompositions],
})
export class DirectoryModule {}
