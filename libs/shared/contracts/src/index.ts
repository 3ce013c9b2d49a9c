/**
 * The platform's published shapes, the same for every context: pages, command answers, problem
 * bodies and the problem codes raised outside any context. Plain types and constants, importable
 * by the browser and the server alike.
 */
export type { CommandAccepted, LogPositionBody, Page } from './lib/answers';
export { PLATFORM_PROBLEMS } from './lib/problems';
export type { PlatformProblemCode, ProblemDetails } from './lib/problems';
export { foldText, stripAccents } from './lib/text-fold';
