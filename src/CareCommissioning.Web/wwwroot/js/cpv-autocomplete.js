// CPV code fields: a plain text input taking a code works without JavaScript (with a link to the CPV search page). Here it is
// enhanced with GOV.UK's accessible-autocomplete (loaded before this module from /js/accessible-autocomplete.min.js), which
// suggests codes from GET /api/v1/cpv as the user types words or digits. The field keeps its id, name and value, so the form
// posts the same thing either way, and the server still checks every code against the CPV list.

const fields = document.querySelectorAll('[data-module="app-cpv-autocomplete"]');
if (fields.length > 0 && typeof window.accessibleAutocomplete === 'function') {
  fields.forEach(enhance);
}

function enhance(wrapper) {
  const original = wrapper.querySelector('input.govuk-input');
  if (!original) return;
  const { id, name, value } = original;
  // The hint and error message stay linked to the field: accessible-autocomplete only keeps its own assistive hint
  // (alphagov/accessible-autocomplete#589), so the ids are put back whenever it rewrites aria-describedby.
  const describedBy = (original.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
  const classes = ['govuk-input--width-20'];
  if (original.classList.contains('govuk-input--error')) classes.push('govuk-input--error');

  const container = document.createElement('div');
  original.replaceWith(container);

  let timer = 0;
  let request = null;
  window.accessibleAutocomplete({
    element: container,
    id,
    name,
    defaultValue: value,
    minLength: 2,
    autoselect: false,
    confirmOnBlur: false,
    showNoOptionsFound: true,
    inputClasses: classes.join(' '),
    source: (query, populate) => {
      clearTimeout(timer);
      timer = setTimeout(() => search(query).then(populate), 150);
    },
    templates: {
      inputValue: (result) => (result ? (typeof result === 'string' ? result : result.code) : ''),
      suggestion: (result) => (typeof result === 'string' ? escapeHtml(result) : `${escapeHtml(result.code)} ${escapeHtml(result.description)}`)
    },
    tNoResults: () => 'No CPV codes found',
    tStatusQueryTooShort: (min) => `Type ${min} or more characters for CPV codes`
  });

  const input = container.querySelector('input');
  if (!input) return;
  // The library always writes a placeholder attribute, empty here; GOV.UK forms use none.
  input.removeAttribute('placeholder');
  input.setAttribute('spellcheck', 'false');
  input.setAttribute('autocomplete', 'off');
  const keepDescriptions = () => {
    const current = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    if (describedBy.every((d) => current.includes(d))) return;
    input.setAttribute('aria-describedby', [...describedBy, ...current.filter((c) => !describedBy.includes(c))].join(' '));
  };
  keepDescriptions();
  new MutationObserver(keepDescriptions).observe(input, { attributes: true, attributeFilter: ['aria-describedby'] });

  async function search(query) {
    if (request) request.abort();
    request = new AbortController();
    try {
      const response = await fetch(`/api/v1/cpv?pageSize=20&q=${encodeURIComponent(query)}`, {
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
        signal: request.signal
      });
      if (!response.ok) return [];
      const body = await response.json();
      return body.items || [];
    } catch {
      return [];
    }
  }
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
