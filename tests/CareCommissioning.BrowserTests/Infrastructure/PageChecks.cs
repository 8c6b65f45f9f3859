namespace CareCommissioning.BrowserTests.Infrastructure;

/// <summary>
/// What every page must pass: axe-core with the WCAG 2.2 A and AA rules (none switched off), the static "must" checks
/// of shared/research/govuk-page-checks.md that can be read off the live DOM, and no console errors or CSP violations.
/// </summary>
public static class PageChecks
{
    /// <summary>
    /// axe-core as Deque's package ships it. It is put into the page and run by our own two lines of script rather than
    /// the package's
    /// <c>RunAxe</c>, which took about three seconds a page here against under one second for the same axe run directly
    /// (decision 0012).
    /// </summary>
    private static readonly Lazy<string> AxeSource = new(() =>
    {
        using var stream = typeof(Deque.AxeCore.Commons.AxeRunOptions).Assembly.GetManifestResourceStream(
            "Deque.AxeCore.Commons.Resources.axe.min.js"
        ) ?? throw new InvalidOperationException("axe-core is missing from Deque.AxeCore.Commons.");
        return new StreamReader(stream).ReadToEnd();
    });

    /// <summary>WCAG 2.2 A and AA, no rule switched off; only violations are collected, which saves most of axe's
    /// time.</summary>
    private const string AxeRunScript = """
        async () => {
          const results = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
            resultTypes: ['violations'],
          });
          return results.violations.map(v => ({ id: v.id, text: v.id + ': ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', ') }));
        }
        """;

    /// <summary>One rule axe found broken: its id, and a line naming the rule and the elements that break it.
    /// (Settable, for Playwright.)</summary>
    public sealed class AxeViolation
    {
        public string Id { get; set; } = "";
        public string Text { get; set; } = "";
    }

    /// <summary>What axe-core finds wrong with the current page.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> AxeViolationsAsync(Microsoft.Playwright.IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(AxeSource.Value);
        return await page.EvaluateAsync<AxeViolation[]>(AxeRunScript);
    }

    public static async Task AssertGoodPageAsync(BrowserPage browserPage)
    {
        var page = browserPage.Page;
        var where = new Uri(page.Url).PathAndQuery;
        // A developer aid: set CC_SCREENSHOTS to a folder to keep a full-page screenshot of every page checked, to look
        // at.
        if (Environment.GetEnvironmentVariable("CC_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            var name = string.Concat(where.Select(ch => char.IsLetterOrDigit(ch) ? ch : '-')).Trim('-');
            name = name.Length > 120 ? name[..120] : name;
            // A form shown again (with errors, or with its result) keeps its address: number the later states.
            var path = Path.Combine(folder, name + ".png");
            for (var n = 2; File.Exists(path); n++)
                path = Path.Combine(folder, $"{name}-{n}.png");
            await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        }

        // axe takes about two seconds a page on the CI machine; a page whose structure axe has already passed in this
        // run (the same route, the same form controls, tables, headings and error state) is not run through it again.
        // The static checks always run.
        if (ShapesChecked.TryAdd(await page.EvaluateAsync<string>(ShapeScript), true))
        {
            var violations = await AxeViolationsAsync(page);
            Assert.True(
                violations.Count == 0,
                $"axe found on {where}:\n" + string.Join("\n", violations.Select(v => v.Text))
            );
        }

        var problems = await StaticProblemsAsync(page);
        Assert.True(problems.Length == 0, $"GOV.UK page checks failed on {where}:\n" + string.Join("\n", problems));

        Assert.True(
            browserPage.Problems.Count == 0,
            $"Browser errors on {where}:\n" + string.Join("\n", browserPage.Problems)
        );
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> ShapesChecked = new();

    /// <summary>
    /// What axe's answer depends on: the route (ids blanked) and the kinds of element in the main content, by tag,
    /// classes and the attributes that name, describe or relate them. Row counts and the role-dependent menu do not
    /// change the answer.
    /// </summary>
    private const string ShapeScript = """
        () => {
          const route = location.pathname.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '{id}');
          const parts = [...document.querySelectorAll('main *')].map(e => e.tagName + '.' + e.className + '[' +
            ['role', 'aria-label', 'aria-labelledby', 'aria-describedby', 'for', 'type', 'scope', 'href'].map(a => e.hasAttribute(a) ? a : '').join() + ']');
          return route + '|' + [...new Set(parts)].sort().join(';');
        }
        """;

    /// <summary>The GOV.UK page checks that fail on the current page, each starting with its id in
    /// govuk-page-checks.md.</summary>
    public static Task<string[]> StaticProblemsAsync(Microsoft.Playwright.IPage page) =>
        page.EvaluateAsync<string[]>(StaticChecksScript);

    /// <summary>Returns a list of failed checks, each named by its id in govuk-page-checks.md.</summary>
    private const string StaticChecksScript = """
        () => {
          const problems = [];
          const fail = (id, text) => problems.push(id + ': ' + text);
          const norm = s => (s || '').replace(/\s+/g, ' ').trim();
          const html = document.documentElement;
          if (!['en', 'en-GB', 'cy'].includes(html.lang)) fail('PT-01', 'html lang is "' + html.lang + '"');
          if (!html.classList.contains('govuk-template')) fail('PT-01', 'html lacks govuk-template');
          if (!document.body.classList.contains('govuk-template__body')) fail('PT-01', 'body lacks govuk-template__body');
          const focusable = [...document.body.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, [tabindex]')];
          if (!focusable.length || !focusable[0].matches('a.govuk-skip-link[href="#main-content"]')) fail('PT-02', 'the skip link is not the first focusable element');
          const main = document.querySelectorAll('main#main-content');
          if (main.length !== 1) fail('PT-03', 'there must be one main#main-content');
          if (document.querySelectorAll('header.govuk-template__header').length !== 1) fail('PT-03', 'there must be one template header');
          if (document.querySelectorAll('footer.govuk-template__footer').length !== 1) fail('PT-03', 'there must be one template footer');
          const h1s = document.querySelectorAll('h1');
          if (h1s.length !== 1 || !h1s[0].closest('main') || !norm(h1s[0].textContent)) fail('PT-04', 'there must be one non-empty h1 inside main (found ' + h1s.length + ')');
          if (document.querySelector('.govuk-header, .govuk-header__logotype, svg[aria-label="GOV.UK"], .govuk-footer__crown, .govuk-footer__copyright-logo')) fail('PT-05', 'GOV.UK identity on the page');
          if (!document.querySelector('header .govuk-generic-header')) fail('PT-05', 'no generic header');
          if (getComputedStyle(document.body).fontFamily.includes('GDS Transport')) fail('PT-05', 'GDS Transport font in use');
          const footer = [...document.querySelectorAll('footer a')].map(a => a.textContent.toLowerCase());
          for (const name of ['accessibility', 'privacy', 'cookies']) if (!footer.some(t => t.includes(name))) fail('PT-07', 'footer has no ' + name + ' link');

          const title = document.title;
          const m = /^(Error: )?(.+) \u2013 Care Commissioning$/.exec(title);
          if (!m || title.includes('GOV.UK')) fail('TI-01', 'title "' + title + '" is not "[Error: ]<page> – Care Commissioning"');
          else if (h1s.length === 1) {
            const h1 = h1s[0].cloneNode(true);
            h1.querySelectorAll('.govuk-caption-xl, .govuk-caption-l, .govuk-caption-m, .govuk-visually-hidden').forEach(e => e.remove());
            if (!h1s[0].hasAttribute('data-title-differs') && norm(h1.textContent) !== norm(m[2])) fail('TI-02', 'title "' + m[2] + '" does not match h1 "' + norm(h1.textContent) + '"');
          }
          const summary = document.querySelector('.govuk-error-summary');
          if (title.startsWith('Error: ') !== !!summary) fail('TI-03', '"Error: " in the title exactly when an error summary shows');

          if (summary) {
            if (!summary.querySelector(':scope > div[role=alert] > h2.govuk-error-summary__title')) fail('ES-02', 'error summary markup');
            const messages = [...document.querySelectorAll('.govuk-error-message')];
            if (!messages.length && summary.querySelector('a[href^="#"]')) fail('ES-01', 'summary without inline messages');
            for (const a of summary.querySelectorAll('a')) {
              const href = a.getAttribute('href');
              // A problem fixed on another page (check your answers) links to that page; one fixed here links to its
              // field.
              if (href.startsWith('/') && !href.startsWith('//')) continue;
              const target = href.startsWith('#') && document.getElementById(href.slice(1));
              if (!target || !target.matches('input, select, textarea')) fail('ES-04', 'summary link ' + href + ' does not point at a field');
            }
            for (const msg of messages) {
              if (!msg.closest('.govuk-form-group--error')) fail('ES-06', 'message ' + msg.id + ' outside a form group in error');
              const linked = document.querySelector('[aria-describedby~="' + msg.id + '"]');
              if (!linked) fail('ES-06', 'no field or fieldset is described by ' + msg.id);
            }
          }
          for (const form of document.querySelectorAll('form')) {
            if (!form.hasAttribute('novalidate')) fail('FM-07', 'a form without novalidate (action ' + form.getAttribute('action') + ')');
            if ((form.method || '').toLowerCase() === 'post' && form.querySelectorAll('input[type=hidden][name=__RequestVerificationToken]').length !== 1) fail('FM-08', 'a post form without one anti-forgery token');
          }
          if (document.querySelector('input[placeholder], textarea[placeholder]')) fail('FM-02', 'placeholder text');
          if (document.querySelector('input[type=date], input[type=datetime-local], input[type=month], input[type=number]')) fail('FM-04', 'a browser date or number input');
          for (const table of document.querySelectorAll('main table')) {
            if (!table.classList.contains('govuk-table') || !norm(table.querySelector('caption')?.textContent)) fail('TB-01', 'a table without govuk-table class or caption');
            if (table.querySelector('thead th:not([scope=col])') || table.querySelector('tbody th:not([scope=row])')) fail('TB-01', 'a table header without scope');
          }
          const vague = ['click here', 'here', 'read more', 'more', 'this', 'link', 'find out more', 'learn more'];
          for (const a of document.querySelectorAll('main a')) if (vague.includes(norm(a.textContent).toLowerCase())) fail('LK-01', 'vague link text "' + norm(a.textContent) + '"');
          return problems;
        }
        """;
}
