// Starts the Scalar API reference on the OpenAPI document; kept out of the page because the CSP forbids inline script.
const app = document.getElementById('app');
Scalar.createApiReference(app, {
  url: app.dataset.openapiUrl,
  withDefaultFonts: false,
  showDeveloperTools: 'never',
  agent: { disabled: true },
  metaData: { title: 'API reference – Care Commissioning' },
});
