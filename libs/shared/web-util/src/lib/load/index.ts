export { loadStatus, type LoadSnapshot, type LoadStatus } from './load-status';
