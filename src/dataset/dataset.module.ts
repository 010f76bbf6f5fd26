import { Module } from '@nestjs/common';
import { PublicDatasetLoader } from './import/public-dataset.loader.js';

@Module({ providers: [PublicDatasetLoader] })
export class DatasetModule {}
