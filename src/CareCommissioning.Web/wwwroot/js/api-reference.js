// Starts the Scalar API reference on the OpenAPI document; kept out of the page because the CSP forbids inline script.
// The page's own words (for readers without JavaScript) are removed first, so Scalar starts on an empty element rather
// than trying to take over markup it did not render. Light mode only: its colours are the ones checked for contrast.
const app = document.getElementById('app');
app.replaceChildren();
Scalar.createApiReference(app, {
  url: app.dataset.openapiUrl,
  withDefaultFonts: false,
  showDeveloperTools: 'never',
  agent: { disabled: true },
  forceDarkModeState: 'light',
  hideDarkModeToggle: true,
  metaData: { title: 'API reference – Care Commissioning' },
});
