export { SKILLS_ROUTES } from './lib/skills.routes';
