namespace CareCommissioning.Domain.Contracts.Implementation;

/// <summary>A change to an implementation plan: the version it made or went into, why, what changed and
/// who changed it (CD-P20).</summary>
public sealed class PlanChange : IAudited, IOrganisationOwned
{
    public const int TextMaxLength = 2000;
    public const int NameMaxLength = 200;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid PlanId { get; set; }
    public int PlanVersion { get; set; }

    /// <summary>Why; required once the version before has been shared, optional while drafting.</summary>
    public string? Reason { get; set; }
    public required string What { get; set; }
    public required string ByName { get; set; }
    public DateTimeOffset At { get; set; }

    public string AuditKey => Id.ToString();
}

/// <summary>The ways a plan was given to people (CD-P17).</summary>
[Flags]
public enum PlanFormats
{
    None = 0,
    WebPage = 1,
    WordDocument = 2,
    EasyRead = 4,
}

/// <summary>A record of who was given which version of the plan, in which formats, when and by whom (CD-P17).</summary>
public sealed class PlanShare : IAudited, IOrganisationOwned
{
    public const int RecipientsMaxLength = 2000;

    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid PlanId { get; set; }
    public int PlanVersion { get; set; }

    /// <summary>The people or groups given it, one to a line, as the user wrote them.</summary>
    public required string Recipients { get; set; }
    public PlanFormats Formats { get; set; }
    public string? Note { get; set; }
    public required string ByName { get; set; }
    public DateTimeOffset At { get; set; }

    public string AuditKey => Id.ToString();
}

/// <summary>The contract manager's reflection on their part in planning the implementation, and the areas for
/// development they found (CD-P19).</summary>
public sealed class PlanReflection : IAudited, IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public Guid PlanId { get; set; }
    public required string WhatWentWell { get; set; }
    public required string AreasForDevelopment { get; set; }

    /// <summary>What they will do about them, such as training or a different way of working next time.</summary>
    public string? Actions { get; set; }
    public required string ByName { get; set; }
    public DateTimeOffset At { get; set; }

    public string AuditKey => Id.ToString();
}

public static class PlanFormatsNames
{
    public static readonly PlanFormats[] Each = [PlanFormats.WebPage, PlanFormats.WordDocument, PlanFormats.EasyRead];

    public static string Display(PlanFormats value) =>
        value switch
        {
            PlanFormats.WebPage => "Web page",
            PlanFormats.WordDocument => "Word document",
            PlanFormats.EasyRead => "Easy read",
            PlanFormats.None => "None",
            _ => string.Join(", ", Each.Where(f => value.HasFlag(f)).Select(Display)),
        };
}
