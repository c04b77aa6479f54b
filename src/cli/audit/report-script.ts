// The report's only script: it makes the column headings of the tables marked `sortable` into
// buttons that sort the table, and keeps `aria-sort` on the sorted heading. Nothing else needs it:
// without it the tables read the same, in the order they were written. It builds nothing from
// text (no innerHTML), it only moves rows; the page allows it by its hash (see html.ts), so any
// other script would be refused.
//
// A cell sorts by its `data-sort` number when it has one, by its text otherwise.

export const SORT_SCRIPT = `(function () {
  'use strict';
  function valueOf(row, index) {
    var cell = row.cells[index];
    if (!cell) return '';
    var number = cell.getAttribute('data-sort');
    return number !== null ? Number(number) : (cell.textContent || '').trim().toLowerCase();
  }
  function sortBy(table, heading, index) {
    var ascending = heading.getAttribute('aria-sort') !== 'ascending';
    var headings = heading.parentNode.children;
    for (var h = 0; h < headings.length; h++) headings[h].removeAttribute('aria-sort');
    heading.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = valueOf(a, index);
      var y = valueOf(b, index);
      var order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return ascending ? order : -order;
    });
    for (var r = 0; r < rows.length; r++) body.appendChild(rows[r]);
  }
  var tables = document.querySelectorAll('table.sortable');
  for (var t = 0; t < tables.length; t++) {
    (function (table) {
      if (!table.tHead || !table.tBodies[0]) return;
      var headings = table.tHead.rows[0].cells;
      for (var i = 0; i < headings.length; i++) {
        (function (heading, index) {
          var button = document.createElement('button');
          button.type = 'button';
          button.className = 'sort';
          while (heading.firstChild) button.appendChild(heading.firstChild);
          heading.appendChild(button);
          button.addEventListener('click', function () { sortBy(table, heading, index); });
        })(headings[i], i);
      }
    })(tables[t]);
  }
})();`;
