namespace CareCommissioning.Domain.Contracts.Design;

/// <summary>A contract objective of one category and the most effective way to achieve it (CD-P11).</summary>
public sealed record ContractObjective(ObjectiveCategory Category, string Objective, string HowAchieved);
