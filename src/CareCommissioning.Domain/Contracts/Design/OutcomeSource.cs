namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>Where a contract's priority outcome came from (CD-P1): the record of who agreed it follows from
/// it.</summary>
public enum OutcomeSource
{
    /// <summary>An outcome of a decided options appraisal, agreed through its engagement and decision.</summary>
    Appraisal = 1,

    /// <summary>Entered by the commissioner, with who agreed it and when.</summary>
    Entered,
}

public static class OutcomeSourceNames
{
    public static string Display(OutcomeSource value) =>
        value switch
        {
            OutcomeSource.Appraisal => "From a decided options appraisal",
            OutcomeSource.Entered => "Entered, with who agreed it",
            _ => value.ToString(),
        };
}
