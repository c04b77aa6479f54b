// Dates of the federal elections after which the new chambers met before the second Tuesday of
// October. From their first meeting until that Tuesday they sit in an extraordinary session
// ("session extraordinaire 2019" / "buitengewone zitting 2019"), which their documents cite as such.
// A question cannot be asked between the election and the new Senate's first meeting, so the
// election date is enough to tell the extraordinary session from the ordinary one before it.

export const FEDERAL_ELECTIONS: readonly string[] = [
  '1995-05-21',
  '1999-06-13',
  '2003-05-18',
  '2007-06-10',
  '2010-06-13',
  '2014-05-25',
  '2019-05-26',
  '2024-06-09',
];
