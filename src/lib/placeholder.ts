/** What `npm run new` and `npm run import` write where a person has to fill something in; the checker insists it is replaced. */
export const PLACEHOLDER = '待填写';
