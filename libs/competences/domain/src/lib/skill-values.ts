/** Self-declared, never set by anyone else: notions, pratique, maîtrise, expertise. */
export const SKILL_LEVELS = ['notions', 'pratique', 'maitrise', 'expertise'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

/** Who may see one declared skill. Privacy by default: hidden (only the agent). */
export const SKILL_SCOPES = ['hidden', 'staffing', 'hierarchy', 'everyone'] as const;
export type SkillScope = (typeof SKILL_SCOPES)[number];

export const isSkillLevel = (value: unknown): value is SkillLevel => (SKILL_LEVELS as readonly unknown[]).includes(value);
export const isSkillScope = (value: unknown): value is SkillScope => (SKILL_SCOPES as readonly unknown[]).includes(value);
