import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { PersonalDataSource, PersonalDataSubject } from '@maillage/shared/kernel';

/**
 * Marks a provider as one context's part of the personal-data export. A
 * context adds its section by declaring such a provider; the export finds it
 * by itself, so nobody has to remember to wire it.
 */
export const ExportsPersonalData = DiscoveryService.createDecorator<void>();

/** Every context's section of the export, collected from the providers marked `@ExportsPersonalData()`. */
@Injectable()
export class PersonalDataSources {
  constructor(private readonly discovery: DiscoveryService) {}

  sources(): PersonalDataSource[] {
    const found = this.discovery
      .getProviders({ metadataKey: ExportsPersonalData.KEY })
      .map((wrapper) => wrapper.instance as PersonalDataSource | undefined)
      .filter((instance): instance is PersonalDataSource => typeof instance?.exportFor === 'function');
    // A provider exported by a module and re-provided elsewhere is one source, not two.
    return [...new Map(found.map((source) => [source.context, source])).values()].sort((a, b) => a.context.localeCompare(b.context));
  }

  /** One section per context, keyed by its name. */
  async exportFor(subject: PersonalDataSubject): Promise<Record<string, Readonly<Record<string, unknown>>>> {
    const sources = this.sources();
    const sections = await Promise.all(sources.map((source) => source.exportFor(subject)));
    return Object.fromEntries(sources.map((source, i) => [source.context, sections[i]]));
  }
}
