using CareCommissioning.Domain.Appraisals;

namespace CareCommissioning.Domain.Tests.Builders;

/// <summary>
/// An options appraisal as the rules and calculator see it. By default a draft from 2026/27 over three years with do
/// nothing costing £100 then £110, and one preferred service redesign costing £90 then £80 with £10 of benefits in year
/// 1.
/// </summary>
public sealed class AppraisalBuilder
{
    private AppraisalStatus _status = AppraisalStatus.Draft;
    private int _horizon = 3;

    public AppraisalBuilder InStatus(AppraisalStatus status)
    {
        _status = status;
        return this;
    }

    public AppraisalBuilder Over(int horizonYears)
    {
        _horizon = horizonYears;
        return this;
    }

    public Appraisal Build()
    {
        var a = new Appraisal
        {
            Title = "Sample",
            BaseYear = 2026,
            HorizonYears = _horizon,
            Status = _status,
        };
        a.Content.Options[0].Costs = [new() { Year = 0, Amount = 100m }, new() { Year = 1, Amount = 110m }];
        a.Content.Options.Add(
            new OptionEntry
            {
                Name = "Redesign",
                Kind = OptionKind.ServiceRedesign,
                Assessment = OptionAssessment.Preferred,
                AssessmentReason = "Best",
                Costs = [new() { Year = 0, Amount = 90m }, new() { Year = 1, Amount = 80m }],
                Benefits = [new() { Year = 1, Amount = 10m }],
            }
        );
        return a;
    }
}
