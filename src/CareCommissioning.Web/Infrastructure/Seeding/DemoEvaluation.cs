namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>The demo pool's mid-year evaluation: the impact on each partner, what carers said, a reflection, one
/// recommendation agreed and the results shared with the health and wellbeing board.</summary>
internal static class DemoEvaluation
{
    internal static void Add(AppDbContext db, Guid partnership, Guid council, Guid icb, DateTimeOffset now)
    {
        var evaluation = new PartnershipEvaluation
        {
            PartnershipId = partnership,
            Title = "Mid-year review 2026",
            PeriodFrom = new DateOnly(2026, 4, 1),
            PeriodTo = new DateOnly(2026, 9, 30),
            Feedback =
                "Northshire Carers' Forum, 18 people, 15 October 2026: discharge is calmer with a named contact, but carers still wait for equipment.",
            Reflection =
                "Pooling the discharge money let one team arrange care on the day; reablement is still bought under two contracts.",
            AreasForDevelopment = "One reablement contract; equipment delivered before discharge.",
            PlainSummary = "Fewer people went into hospital in an emergency.\nPeople got home from hospital sooner.",
            Impacts =
            [
                new()
                {
                    PartnerId = council,
                    Judgement = ImpactJudgement.Better,
                    Impact = "Long-term admissions to care homes fell from 142 to 136 a quarter per 100,000.",
                },
                new()
                {
                    PartnerId = icb,
                    Judgement = ImpactJudgement.Better,
                    Impact = "Discharge delays fell from 1.8 to 1.3 days.",
                },
            ],
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.PartnershipEvaluations.Add(evaluation);
        db.EvaluationRecommendations.Add(
            new EvaluationRecommendation
            {
                EvaluationId = evaluation.Id,
                Text = "Commission one reablement service for both partners",
                OwnerPartnerId = council,
                Owner = "Head of Integrated Commissioning",
                DueOn = new DateOnly(2027, 3, 31),
                AgreedOn = new DateOnly(2026, 11, 12),
            }
        );
        db.EvaluationShares.Add(
            new EvaluationShare
            {
                EvaluationId = evaluation.Id,
                Audience = "Northshire Health and Wellbeing Board",
                Method = ShareMethod.Meeting,
                Format = ShareFormat.WordDocument,
                SharedOn = new DateOnly(2026, 11, 19),
                RecordedBy = "Demo data",
                RecordedAt = now,
            }
        );
    }
}
