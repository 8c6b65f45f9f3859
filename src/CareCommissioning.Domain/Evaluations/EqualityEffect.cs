namespace CareCommissioning.Domain.Evaluations;

/// <summary>The likely effect on people with a protected characteristic, as screened.</summary>
public enum EqualityEffect
{
    Positive = 1,
    Neutral,
    Negative,
    NotKnown,
}

/// <summary>How each EqualityEffect reads on pages, in documents and in the API.</summary>
public static class EqualityEffectNames
{
    public static string Display(EqualityEffect value) =>
        value switch
        {
            EqualityEffect.Positive => "Positive",
            EqualityEffect.Neutral => "Neutral",
            EqualityEffect.Negative => "Negative",
            EqualityEffect.NotKnown => "Not known yet",
            _ => value.ToString(),
        };
}
