// Requests phrased without a question mark, in French and Dutch (lower case). A paragraph holding
// one of these asks something even when it ends with a full stop.
export const REQUEST_OPENINGS: readonly string[] = [
  // French
  'je souhaite connaître', 'je souhaiterais connaître', 'je souhaiterais savoir', 'je souhaite savoir',
  'pouvez-vous préciser', 'pourriez-vous préciser', 'pouvez-vous me dire', 'pourriez-vous me dire',
  'pouvez-vous indiquer', 'pourriez-vous indiquer', 'pouvez-vous communiquer', 'pourriez-vous communiquer',
  'je vous saurais gré', 'merci de me communiquer', 'je voudrais savoir', 'je voudrais connaître',
  // Dutch
  'graag had ik vernomen', 'graag vernam ik', 'graag kreeg ik', 'graag een overzicht', 'kan u meedelen',
  'kunt u meedelen', 'kan u mij meedelen', 'kunt u mij meedelen', 'kan u aangeven', 'kunt u aangeven',
  'ik had graag vernomen', 'ik wens te vernemen', 'kan u toelichten', 'kunt u toelichten',
];
