using CareCommissioning.Domain.Purchasing;

namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>
/// Suggests the contract types best suited to a design from a few answers (CD-P12), with reasons drawn from the
/// contract and payment models of METHODS §5.1, and the award route the value needs under the statutory thresholds
/// (METHODS §4.1, §4.2): the light-touch threshold for social care and the other light-touch services, otherwise the
/// goods and services threshold of the buyer's kind.
/// </summary>
public static class ContractTypeAdvice
{
    public static TypeAdvice Advise(TypeAdviceAnswers a)
    {
        var suggestions = new List<TypeSuggestion>();
        if (a.PersonDirects == true)
            suggestions.Add(
                new(
                    ContractType.IndividualServiceFund,
                    "People direct their own support: an individual service fund lets the provider hold each person's "
                        + "budget and spend it as they direct (a direct payment, made to the person, is the other way)"
                )
            );
        if (a.OutcomesMeasurable == true)
            suggestions.Add(
                new(
                    ContractType.OutcomesBased,
                    "The outcomes can be measured well enough to pay on: tying part of the payment to them rewards the "
                        + "provider for the difference made, not the hours delivered"
                )
            );
        switch (a.Providers)
        {
            case ProvidersNeeded.JoinOverTime:
                suggestions.Add(
                    new(
                        ContractType.DynamicMarket,
                        "Providers will join over time: a dynamic market lets providers join at any time, each "
                            + "purchase a competition among them"
                    )
                );
                break;
            case ProvidersNeeded.Several:
                suggestions.Add(
                    new(
                        ContractType.Framework,
                        "Several providers are needed, agreed in advance: a framework lets each purchase be called off "
                            + "by ranking, rotation or mini-competition"
                    )
                );
                break;
        }
        if (a.VolumePredictable == true)
        {
            if (a.Providers is null or ProvidersNeeded.One)
                suggestions.Add(
                    new(
                        ContractType.Block,
                        "The volume is predictable: a block contract buys fixed capacity at a fixed price, which "
                            + "gives the provider security to recruit, paid whether it is used or not"
                    )
                );
            suggestions.Add(
                new(
                    ContractType.CostAndVolume,
                    "The volume is predictable: a cost-and-volume contract fixes the price for the expected volume "
                        + "and pays a rate for each unit above it, so growth in demand is shared"
                )
            );
        }
        else if (a.VolumePredictable == false && a.PersonDirects != true && a.Providers is null or ProvidersNeeded.One)
            suggestions.Add(
                new(
                    ContractType.Spot,
                    "The volume cannot be predicted: spot purchasing pays for each package or placement as it is "
                        + "needed, so nothing is paid for and not used"
                )
            );

        var threshold = ContractThreshold.For(a.CpvCode ?? "", a.StartDate, a.Authority);
        var above = a.Value >= threshold.Amount;
        var lightTouch = CpvCode.IsWellFormed(a.CpvCode) && LightTouchServices.Includes(a.CpvCode!);
        var route = above
            ? lightTouch
                ? $"At {MoneyText.InText(a.Value)} the value is at or above {threshold.Describe()}: award it by a "
                    + "competitive procedure under the light-touch regime of the Procurement Act 2023, by a call-off "
                    + "from an existing framework, or by direct award only where Schedule 5 allows"
                : $"At {MoneyText.InText(a.Value)} the value is at or above {threshold.Describe()}: award it by the "
                    + "open or competitive flexible procedure of the Procurement Act 2023, a call-off from an existing "
                    + "framework, or direct award only where Schedule 5 allows"
            : $"At {MoneyText.InText(a.Value)} the value is below {threshold.Describe()}: quotes or a below-threshold "
                + "tender under the organisation's contract standing orders will do"
                + (
                    a.Value >= NotifiableBelowThreshold(a)
                        ? $", with a notice, as it is {MoneyText.InText(NotifiableBelowThreshold(a))} or more"
                        : ""
                );
        return new TypeAdvice(suggestions, threshold, above, route);
    }

    private static decimal NotifiableBelowThreshold(TypeAdviceAnswers a) =>
        (ProcurementThresholds.InForceOn(a.StartDate) ?? ProcurementThresholds.All[0]).NotifiableBelowThreshold(
            a.Authority
        );
}
