using CareCommissioning.Domain.Evaluations;

namespace CareCommissioning.Domain.Tests.Evaluations;

/// <summary>Reading a survey's results from a spreadsheet's rows, and summarising them per question.</summary>
public sealed class SurveyImportTests
{
    private static IReadOnlyList<IReadOnlyList<string>> Rows(params string[][] rows) => rows;

    [Fact]
    [Trait("Criterion", "EV-P3")]
    public void Read_TakesTheColumnsInAnyOrder_AndSummarise_GivesShares_LargestFirst()
    {
        var read = SurveyImport.Read(
            Rows(
                ["Respondents", "question", "Answer"],
                ["10", "Can you get a break?", "Yes"],
                ["30", "Can you get a break?", "No"],
                ["", "", ""]
            )
        );
        Assert.Empty(read.Problems);
        Assert.Equal(2, read.Answers.Count);
        var q = Assert.Single(SurveyImport.Summarise(read.Answers));
        Assert.Equal(40, q.Total);
        Assert.Equal(("No", 30, 0.75m), q.Answers[0]);
    }

    [Fact]
    [Trait("Criterion", "EV-P3")]
    public void AFileWithAnUnknownColumn_IsRefused_WithNothingRead()
    {
        var read = SurveyImport.Read(
            Rows(["Question", "Answer", "Respondents", "Postcode"], ["Can you get a break?", "Yes", "10", "NS1"])
        );
        Assert.Empty(read.Answers);
        var problem = Assert.Single(read.Problems);
        Assert.Equal(1, problem.Row);
        Assert.Equal("Unknown column 'Postcode': use only Question, Answer and Respondents", problem.Message);
    }

    [Fact]
    public void BadRows_AreRefusedByRow_AndNothingIsKept()
    {
        var read = SurveyImport.Read(Rows(["Question", "Answer", "Respondents"], ["Q", "Yes", "10"], ["", "No", "-1"]));
        Assert.Empty(read.Answers);
        Assert.Equal([3, 3], read.Problems.Select(p => p.Row));
        Assert.Contains(read.Problems, p => p.Message == "The question is blank");
        Assert.Contains(read.Problems, p => p.Message == "Respondents must be a whole number of 0 or more, not '-1'");
    }
}
