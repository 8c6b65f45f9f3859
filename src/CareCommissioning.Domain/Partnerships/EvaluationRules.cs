namespace CareCommissioning.Domain.Partnerships;

/// <summary>What makes an evaluation's parts acceptable, in GOV.UK words; shared by the pages and any API.</summary>
public static class EvaluationRules
{
    public static IReadOnlyList<FieldError> ValidateRecommendation(
        string? text,
        RecommendationResponse? response,
        Guid? ownerPartner,
        string? owner,
        DateOnly? dueOn,
        IReadOnlyCollection<Guid> partners,
        DateOnly today
    )
    {
        var errors = new FieldErrors();
        errors.Text(
            "Text",
            text,
            EvaluationRecommendation.TextMaxLength,
            "Enter the recommendation",
            $"The recommendation must be {EvaluationRecommendation.TextMaxLength:N0} characters or fewer"
        );
        errors.When(
            response is not { } r || !Enum.IsDefined(r),
            "Response",
            "Select whether it becomes an action or a change to the agreement"
        );
        errors.When(
            ownerPartner is not { } p || !partners.Contains(p),
            "OwnerPartnerId",
            "Select the partner that owns it"
        );
        errors.MaxLength(
            "Owner",
            owner,
            EvaluationRecommendation.OwnerMaxLength,
            $"The owner must be {EvaluationRecommendation.OwnerMaxLength} characters or fewer"
        );
        if (!errors.When(dueOn is null, "DueOn", "Enter the date it is due"))
            errors.When(dueOn < today, "DueOn", "The due date must be today or in the future");
        return errors;
    }

    /// <summary>
    /// Moves a recommendation on: agreed with the partners, then done. A change to the agreement is done only by a
    /// version of the agreement later than the one it was agreed at, which it then names; <paramref name="agreement"/>
    /// is the agreement's current version, or null when it has none. Returns why it cannot move, or null when it did.
    /// </summary>
    public static string? Progress(EvaluationRecommendation r, bool done, int? agreement, DateOnly today)
    {
        if (!done)
        {
            r.AgreedOn ??= today;
            if (r.Response == RecommendationResponse.AgreementChange)
                r.AgreedAtAgreementVersion ??= agreement ?? 0;
            return null;
        }
        if (r.AgreedOn is null)
            return "Agree the recommendation with the partners before marking it done";
        if (r.Response == RecommendationResponse.AgreementChange)
        {
            var agreedAt = r.AgreedAtAgreementVersion ?? 0;
            if (agreement is not { } current || current <= agreedAt)
                return agreement is null
                    ? "There is no agreement to change yet: the host sets out its terms first"
                    : $"Change the agreement first: it is still at version {agreement}, as when this recommendation was agreed";
            r.DoneInAgreementVersion ??= current;
        }
        r.CompletedOn ??= today;
        return null;
    }

    public static IReadOnlyList<FieldError> ValidateShare(
        string? audience,
        ShareMethod? method,
        ShareFormat? format,
        DateOnly? sharedOn,
        DateOnly today
    )
    {
        var errors = new FieldErrors();
        errors.Text(
            "Audience",
            audience,
            EvaluationShare.AudienceMaxLength,
            "Enter who the results were shared with",
            $"This must be {EvaluationShare.AudienceMaxLength} characters or fewer"
        );
        errors.When(method is not { } m || !Enum.IsDefined(m), "Method", "Select how they were shared");
        errors.When(format is not { } f || !Enum.IsDefined(f), "Format", "Select the format they were shared in");
        if (!errors.When(sharedOn is null, "SharedOn", "Enter the date they were shared"))
            errors.When(sharedOn > today, "SharedOn", "The date shared must be today or in the past");
        return errors;
    }
}

public static class ImpactJudgementNames
{
    public static string Display(ImpactJudgement value) =>
        value switch
        {
            ImpactJudgement.Better => "Outcomes are better",
            ImpactJudgement.NoChange => "No change",
            ImpactJudgement.Worse => "Outcomes are worse",
            ImpactJudgement.TooSoonToTell => "Too soon to tell",
            _ => value.ToString(),
        };
}

public static class RecommendationResponseNames
{
    public static string Display(RecommendationResponse value) =>
        value switch
        {
            RecommendationResponse.Action => "An action",
            RecommendationResponse.AgreementChange => "A change to the agreement",
            _ => value.ToString(),
        };
}

public static class ShareMethodNames
{
    public static string Display(ShareMethod value) =>
        value switch
        {
            ShareMethod.Meeting => "At a meeting",
            ShareMethod.Email => "By email",
            ShareMethod.Letter => "By letter",
            ShareMethod.Website => "On a website",
            ShareMethod.Other => "Another way",
            _ => value.ToString(),
        };
}

public static class ShareFormatNames
{
    public static string Display(ShareFormat value) =>
        value switch
        {
            ShareFormat.WebPage => "Web page",
            ShareFormat.WordDocument => "Word document",
            ShareFormat.EasyRead => "Easy read",
            _ => value.ToString(),
        };
}
