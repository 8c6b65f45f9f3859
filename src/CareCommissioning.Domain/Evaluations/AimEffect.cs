namespace CareCommissioning.Domain.Evaluations;

/// <summary>How a strategy affects one of the organisation's wider aims (EV-P13).</summary>
public enum AimEffect
{
    Advances = 1,
    Neutral,
    Hinders,
    Unclear,
}

/// <summary>How each AimEffect reads on pages, in documents and in the API.</summary>
public static class AimEffectNames
{
    public static string Display(AimEffect value) =>
        value switch
        {
            AimEffect.Advances => "Helps achieve it",
            AimEffect.Neutral => "No effect",
            AimEffect.Hinders => "Works against it",
            AimEffect.Unclear => "Not clear yet",
            _ => value.ToString(),
        };
}
