namespace CareCommissioning.Domain.Evaluations;

/// <summary>
/// The nine protected characteristics of the Equality Act 2010, and the two groups many councils add (carers and
/// socio-economic disadvantage), which an equality impact screening considers one by one (METHODS §8.2).
/// </summary>
public enum ProtectedCharacteristic
{
    Age = 1,
    Disability,
    GenderReassignment,
    MarriageAndCivilPartnership,
    PregnancyAndMaternity,
    Race,
    ReligionOrBelief,
    Sex,
    SexualOrientation,
    Carers,
    SocioEconomicDisadvantage,
}

/// <summary>How each ProtectedCharacteristic reads on pages, in documents and in the API.</summary>
public static class ProtectedCharacteristicNames
{
    public static readonly ProtectedCharacteristic[] Each = Enum.GetValues<ProtectedCharacteristic>();

    public static string Display(ProtectedCharacteristic value) =>
        value switch
        {
            ProtectedCharacteristic.Age => "Age",
            ProtectedCharacteristic.Disability => "Disability",
            ProtectedCharacteristic.GenderReassignment => "Gender reassignment",
            ProtectedCharacteristic.MarriageAndCivilPartnership => "Marriage and civil partnership",
            ProtectedCharacteristic.PregnancyAndMaternity => "Pregnancy and maternity",
            ProtectedCharacteristic.Race => "Race",
            ProtectedCharacteristic.ReligionOrBelief => "Religion or belief",
            ProtectedCharacteristic.Sex => "Sex",
            ProtectedCharacteristic.SexualOrientation => "Sexual orientation",
            ProtectedCharacteristic.Carers => "Carers (added locally)",
            ProtectedCharacteristic.SocioEconomicDisadvantage => "Socio-economic disadvantage (added locally)",
            _ => value.ToString(),
        };

    /// <summary>Whether the characteristic is one of the Act's nine, rather than one added locally.</summary>
    public static bool Statutory(ProtectedCharacteristic value) =>
        value is not (ProtectedCharacteristic.Carers or ProtectedCharacteristic.SocioEconomicDisadvantage);
}
