namespace CareCommissioning.Domain.Evaluations;

/// <summary>
/// Reads a survey's results from a spreadsheet's rows (EV-P3): the columns "Question", "Answer" and "Respondents" in
/// any order, one row per answer. A file with a column it does not know, without one it needs, with a blank question
/// or answer, or with a count that is not a whole number of 0 or more is refused with every problem by row, so nothing
/// half-read is kept.
/// </summary>
public static class SurveyImport
{
    public static readonly string[] Columns = ["Question", "Answer", "Respondents"];
    public const int TextMaxLength = 500;

    public sealed record Problem(int Row, string Message);

    public sealed record Outcome(IReadOnlyList<SurveyAnswer> Answers, IReadOnlyList<Problem> Problems);

    /// <summary>Reads <paramref name="rows"/>, the first being the headings; row numbers count from 1 as a spreadsheet
    /// shows them.</summary>
    public static Outcome Read(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var problems = new List<Problem>();
        if (rows.Count == 0)
            return new([], [new(1, "The file is empty: it needs a heading row with Question, Answer and Respondents")]);
        var headings = rows[0].Select(h => h.Trim()).ToList();
        var unknown = headings
            .Where(h => h.Length > 0 && !Columns.Contains(h, StringComparer.OrdinalIgnoreCase))
            .ToList();
        if (unknown.Count > 0)
            problems.Add(
                new(
                    1,
                    $"Unknown column{(unknown.Count == 1 ? "" : "s")} {string.Join(", ", unknown.Select(u => $"'{u}'"))}: "
                        + "use only Question, Answer and Respondents"
                )
            );
        var index = Columns.ToDictionary(
            c => c,
            c => headings.FindIndex(h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase))
        );
        var missing = Columns.Where(c => index[c] < 0).ToList();
        if (missing.Count > 0)
            problems.Add(new(1, $"The file has no {string.Join(", ", missing)} column"));
        if (problems.Count > 0)
            return new([], problems);
        var answers = new List<SurveyAnswer>();
        for (var i = 1; i < rows.Count; i++)
        {
            var row = rows[i];
            string Cell(string column) => index[column] < row.Count ? row[index[column]].Trim() : "";
            var question = Cell("Question");
            var answer = Cell("Answer");
            var count = Cell("Respondents");
            if (question.Length == 0 && answer.Length == 0 && count.Length == 0)
                continue;
            var number = i + 1;
            if (question.Length == 0)
                problems.Add(new(number, "The question is blank"));
            else if (question.Length > TextMaxLength)
                problems.Add(new(number, $"The question must be {TextMaxLength} characters or fewer"));
            if (answer.Length == 0)
                problems.Add(new(number, "The answer is blank"));
            else if (answer.Length > TextMaxLength)
                problems.Add(new(number, $"The answer must be {TextMaxLength} characters or fewer"));
            if (
                !int.TryParse(
                    count,
                    System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture,
                    out var respondents
                )
            )
                problems.Add(new(number, $"Respondents must be a whole number of 0 or more, not '{count}'"));
            else
                answers.Add(
                    new SurveyAnswer
                    {
                        Question = question,
                        Answer = answer,
                        Respondents = respondents,
                    }
                );
        }
        if (problems.Count == 0 && answers.Count == 0)
            problems.Add(new(2, "The file has no answers under its headings"));
        if (answers.Count > EvaluationEvidence.MaxSurveyAnswers)
            problems.Add(new(1, $"A survey can have {EvaluationEvidence.MaxSurveyAnswers} answers or fewer"));
        return problems.Count > 0 ? new([], problems) : new(answers, []);
    }

    /// <summary>Each question with its answers as shares of the people who answered it, largest first: the analysis a
    /// survey's evidence page shows.</summary>
    public static IReadOnlyList<(
        string Question,
        int Total,
        IReadOnlyList<(string Answer, int Count, decimal Share)> Answers
    )> Summarise(IReadOnlyList<SurveyAnswer> answers) =>
        answers
            .GroupBy(a => a.Question)
            .Select(g =>
            {
                var total = g.Sum(a => a.Respondents);
                IReadOnlyList<(string, int, decimal)> each = g.OrderByDescending(a => a.Respondents)
                    .Select(a => (a.Answer, a.Respondents, total == 0 ? 0m : (decimal)a.Respondents / total))
                    .ToList();
                return (g.Key, total, each);
            })
            .ToList();
}
