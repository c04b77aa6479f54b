/** The Senate's id, as an Analysis names its site. */
export const SITE_ID = 'senate-be';
