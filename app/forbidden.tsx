// A refusal reads like a missing page: it must not confirm that the record exists.
export { default } from './not-found';
