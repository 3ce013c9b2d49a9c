export { commandOutcomeOf, loadErrorOf, problemOf, type CommandOutcome, type CommandRules, type LoadError, type LoadErrorRules, type Problem } from './problem';
export { feedbackOf, type Feedback, type FeedbackMessages } from './feedback';
