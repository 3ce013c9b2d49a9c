import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { REDACTOR, Redactor, Viewer } from '@maillage/governance/contracts';
import { peopleAsShown } from '../governed-fields/people-as-shown';
import { COMPETENCES_READ_MODEL, CompetencesReadModel, SkillMatch, SkillSearch } from '../ports';

export class SearchSkillHoldersQuery {
  constructor(readonly viewer: Viewer, readonly search: SkillSearch) {}
}

/**
 * Skill search: who holds a skill, among the skills this viewer may see. It matches skills,
 * never a name, post or unit; the only governed piece it filters on is the direction, so
 * when the policy keeps units from this viewer the filter finds nobody (fail closed: a
 * filter on a hidden value would tell who has it). Each page's people then go through the
 * one redaction point together.
 */
@QueryHandler(SearchSkillHoldersQuery)
export class SearchSkillHoldersHandler implements IQueryHandler<SearchSkillHoldersQuery, { items: SkillMatch[]; total: number }> {
  constructor(
    @Inject(COMPETENCES_READ_MODEL) private readonly readModel: CompetencesReadModel,
    @Inject(REDACTOR) private readonly redactor: Redactor,
  ) {}

  async execute({ viewer, search }: SearchSkillHoldersQuery): Promise<{ items: SkillMatch[]; total: number }> {
    if (search.directionId && !(await this.redactor.searchableFields(viewer)).has('unit')) return { items: [], total: 0 };
    const { items, total } = await this.readModel.searchAgents(viewer, search);
    return { items: (await peopleAsShown(this.redactor, viewer, items, 'competences')).map((person) => person.row), total };
  }
}
