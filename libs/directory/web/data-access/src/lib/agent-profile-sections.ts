import { InjectionToken, Type } from '@angular/core';

/**
 * A part of the fiche agent that another context owns (e.g. the skills the agent shares
 * with the viewer). The directory may not import other contexts' web code, so the app
 * registers them; each loads lazily, with the context's own chunk.
 */
export interface AgentProfileSection {
  /** The section's heading on the fiche. */
  readonly title: string;
  /** A component with an `agentId` input; it reads its own data. */
  readonly loadComponent: () => Promise<Type<unknown>>;
}

export const AGENT_PROFILE_SECTIONS = new InjectionToken<readonly AgentProfileSection[]>('AGENT_PROFILE_SECTIONS', {
  factory: () => [],
});
