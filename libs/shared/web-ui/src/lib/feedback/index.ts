export { FeedbackComponent } from './feedback.component';
