namespace CareCommissioning.Domain.Risks;

/// <summary>NPSA 5×5 grading (METHODS §8.3): 1–3 low, 4–6 moderate, 8–12 high, 15–25 extreme.</summary>
public enum RiskBand
{
    Low = 1,
    Moderate = 2,
    High = 3,
    Extreme = 4,
}
