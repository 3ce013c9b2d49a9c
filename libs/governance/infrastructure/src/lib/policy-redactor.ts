import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ORGANISATION_RELATIONS, OrganisationRelations } from '@maillage/directory/contracts';
import { GovernedField as ContractField, Redacted, Redactor, Viewer } from '@maillage/governance/contracts';
import { AGENT_CHOSEN_FIELDS, Audience, GOVERNED_FIELDS, GovernedField, INITIAL_POLICY, Policy, SharingChoices, maySee } from '@maillage/governance/domain';
import { CLOCK, Clock } from '@maillage/shared/kernel';
import { DataSource } from 'typeorm';
import { AuditTrail } from './audit-trail';

const isGoverned = (key: string): key is GovernedField => (GOVERNED_FIELDS as readonly string[]).includes(key);

/**
 * The one redaction point. Policy, the agent's choices and the viewer's
 * relation to the agent are read fresh for every call, so a decision, a
 * consent change or a manager's move takes effect on the next request. Every
 * sensitive field let through (to anyone but the agent themself) is audited
 * before the caller gets the data.
 */
@Injectable()
export class PolicyRedactor implements Redactor {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(ORGANISATION_RELATIONS) private readonly relations: OrganisationRelations,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditTrail,
  ) {}

  async redact<T extends Partial<Record<ContractField, unknown>>>(viewer: Viewer, subjectAgentId: string, fields: T, purpose: string): Promise<Redacted<T>> {
    const isSelf = viewer.agentId !== null && viewer.agentId === subjectAgentId;
    const [{ policy, choices }, relation] = await Promise.all([
      this.policyAndChoices(subjectAgentId),
      isSelf ? null : this.relations.relationBetween(viewer.agentId, subjectAgentId),
    ]);
    const context = {
      isSelf,
      isHr: viewer.roles.includes('hr'),
      isInHierarchy: relation?.inManagerChain ?? false,
      sameUnit: relation?.sameUnit ?? false,
    };
    const shown: Partial<T> = {};
    const audited: string[] = [];
    const hidden: { field: GovernedField; visibleTo: Audience[] }[] = [];
    for (const key of Object.keys(fields) as (keyof T & string)[]) {
      if (!isGoverned(key)) continue;
      if (!maySee(key, context, policy, choices)) {
        const chosen = AGENT_CHOSEN_FIELDS.includes(key) ? policy[key].filter((a) => (choices[key] ?? []).includes(a)) : policy[key];
        hidden.push({ field: key, visibleTo: ['self', ...chosen] });
        continue;
      }
      shown[key] = fields[key];
      audited.push(key);
    }
    if (!isSelf && audited.length > 0) {
      await this.audit.record([
        {
          occurredAt: this.clock.now().toISOString(),
          viewerAccountId: viewer.accountId,
          viewerAgentId: viewer.agentId,
          subjectAgentId,
          subjectDirectionId: relation?.subjectDirectionId ?? null,
          fields: audited,
          purpose,
          requestId: viewer.requestId,
        },
      ]);
    }
    return { shown, hidden };
  }

  /** Who may see what, for the "visible par …" hints of hidden fields. */
  async currentPolicy(): Promise<Policy> {
    return (await this.policyAndChoices(null)).policy;
  }

  /** The rules in force and one agent's sharing choices, in one round trip. */
  private async policyAndChoices(agentId: string | null): Promise<{ policy: Policy; choices: SharingChoices }> {
    const rows: { kind: 'rule' | 'choice'; field: GovernedField; audiences: Audience[] }[] = await this.db.query(
      `SELECT 'rule' AS kind, field, audiences FROM governance_visibility_rules
       UNION ALL
       SELECT 'choice', field, audiences FROM governance_sharing_choices WHERE agent_id = $1::uuid`,
      [agentId],
    );
    const entries = (kind: 'rule' | 'choice') => rows.filter((r) => r.kind === kind).map((r) => [r.field, r.audiences]);
    return { policy: { ...INITIAL_POLICY, ...Object.fromEntries(entries('rule')) }, choices: Object.fromEntries(entries('choice')) };
  }
}
