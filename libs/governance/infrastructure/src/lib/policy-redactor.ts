import { Inject, Injectable } from '@nestjs/common';
import { GovernedField as ContractField, Redacted, Redactor, Viewer } from '@maillage/governance/contracts';
import {
  AGENT_CHOSEN_FIELDS,
  Audience,
  GOVERNED_FIELDS,
  GovernedField,
  Policy,
  SharingChoices,
  isAudited,
  maySee,
  parisDay,
} from '@maillage/governance/domain';
import { CLOCK, Clock, SQL, Sql } from '@maillage/shared/kernel';
import { AuditEntry } from './audit-chain';
import { AuditTrail } from './audit-trail';
import { PolicyHistory } from './policy-history';
import { GovernanceOrganisationRelations, OrganisationRelation, OrganisationRelations } from './reporting-lines/organisation-relations';

const isGoverned = (key: string): key is GovernedField => (GOVERNED_FIELDS as readonly string[]).includes(key);
const NO_RELATION: OrganisationRelation = { inManagerChain: false, sameUnit: false, subjectDirectionId: null };
type Fields = Partial<Record<ContractField, unknown>>;

/**
 * The one redaction point. The policy in force today (Europe/Paris), the
 * agents' choices and the viewer's relation to them are read fresh for every
 * call, so a decision reaching its day, a consent change or a manager's move
 * takes effect on the next request. Every restricted field let through (to
 * anyone but the agent themself) is audited before the caller gets the data.
 */
@Injectable()
export class PolicyRedactor implements Redactor {
  constructor(
    @Inject(SQL) private readonly db: Sql,
    @Inject(GovernanceOrganisationRelations) private readonly relations: OrganisationRelations,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {
    this.history = new PolicyHistory(db);
  }

  private readonly history: PolicyHistory;

  async redact<T extends Fields>(viewer: Viewer, subjectAgentId: string, fields: T, purpose: string): Promise<Redacted<T>> {
    return (await this.redactMany(viewer, [{ agentId: subjectAgentId, fields }], purpose))[0];
  }

  async redactMany<T extends Fields>(viewer: Viewer, subjects: readonly { agentId: string; fields: T }[], purpose: string): Promise<Redacted<T>[]> {
    if (subjects.length === 0) return [];
    const ids = [...new Set(subjects.map((s) => s.agentId))];
    const others = ids.filter((id) => id !== viewer.agentId);
    const asked = new Set(subjects.flatMap((s) => Object.keys(s.fields)));
    const needsChoices = AGENT_CHOSEN_FIELDS.some((f) => asked.has(f));
    const [policy, choices, relations] = await Promise.all([
      this.currentPolicy(),
      needsChoices ? this.choicesOf(ids) : new Map<string, SharingChoices>(),
      others.length > 0 ? this.relations.relationsBetween(viewer.agentId, others) : new Map<string, OrganisationRelation>(),
    ]);
    const entries: AuditEntry[] = [];
    const occurredAt = this.clock.now().toISOString();
    const results = subjects.map(({ agentId, fields }) => {
      const isSelf = viewer.agentId !== null && viewer.agentId === agentId;
      const relation = relations.get(agentId) ?? NO_RELATION;
      const context = { isSelf, isHr: viewer.roles.includes('hr'), isInHierarchy: relation.inManagerChain, sameUnit: relation.sameUnit };
      const chosen = choices.get(agentId) ?? {};
      const shown: Partial<T> = {};
      const audited: string[] = [];
      const hidden: { field: GovernedField; visibleTo: Audience[] }[] = [];
      for (const key of Object.keys(fields) as (keyof T & string)[]) {
        if (!isGoverned(key)) continue;
        if (!maySee(key, context, policy, chosen)) {
          const audiences = AGENT_CHOSEN_FIELDS.includes(key) ? policy[key].filter((a) => (chosen[key] ?? []).includes(a)) : policy[key];
          hidden.push({ field: key, visibleTo: ['self', ...audiences] });
          continue;
        }
        shown[key] = fields[key];
        if (isAudited(key, policy)) audited.push(key);
      }
      if (!isSelf && audited.length > 0) {
        entries.push({
          occurredAt,
          viewerAccountId: viewer.accountId,
          viewerAgentId: viewer.agentId,
          subjectAgentId: agentId,
          subjectDirectionId: relation.subjectDirectionId,
          fields: audited,
          purpose,
          requestId: viewer.requestId,
        });
      }
      return { shown, hidden };
    });
    if (entries.length > 0) await this.audit.record(entries);
    return results;
  }

  async searchableFields(viewer: Viewer): Promise<ReadonlySet<GovernedField>> {
    const policy = await this.currentPolicy();
    const isHr = viewer.roles.includes('hr');
    return new Set(GOVERNED_FIELDS.filter((f) => policy[f].includes('everyone') || (isHr && policy[f].includes('hr'))));
  }

  /** The policy enforced now: the decisions dated up to today in Europe/Paris. */
  currentPolicy(): Promise<Policy> {
    return this.history.policyOn(parisDay(this.clock.now()));
  }

  /** The policy as the decisions dated up to `day` set it: the same function as the enforced one. */
  policyOn(day: string): Promise<Policy> {
    return this.history.policyOn(day);
  }

  private async choicesOf(agentIds: readonly string[]): Promise<Map<string, SharingChoices>> {
    const rows = await this.db.query<{ agentId: string; field: GovernedField; audiences: Audience[] }>(
      'SELECT agent_id AS "agentId", field, audiences FROM governance_sharing_choices WHERE agent_id = ANY($1::uuid[])',
      [agentIds],
    );
    const choices = new Map<string, Record<string, readonly Audience[]>>();
    for (const row of rows) choices.set(row.agentId, { ...choices.get(row.agentId), [row.field]: row.audiences });
    return choices;
  }
}
