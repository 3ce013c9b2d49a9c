export { DirectoryApi, type AgentChanges, type AgentSearchCriteria } from './lib/directory.api';
export { DIRECTORY_VIEWER } from './lib/directory-viewer';
export { AgentSearchStore, type AgentSearchState } from './lib/agent-search.store';
export { AgentProfileStore, type ProfileLoadError, type SaveOutcome } from './lib/agent-profile.store';
