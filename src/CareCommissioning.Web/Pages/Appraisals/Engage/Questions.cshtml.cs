namespace CareCommissioning.Web.Pages.Appraisals.Engage;

/// <summary>
/// The log of questions, clarifications and answers on an appraisal (OA-P19, P22): anyone who can read it may ask, at
/// any stage; those who may change it answer. Nothing is deleted.
/// </summary>
[Authorize(Policy = Policies.AppraisalsRead)]
public sealed class QuestionsModel(AppDbContext db, CurrentUser user, TimeProvider clock)
    : AppraisalPageModel(db, user, clock)
{
    [BindProperty]
    public string? Question { get; set; }

    [BindProperty]
    public string? Answer { get; set; }
    public IReadOnlyList<AppraisalQuestion> Log { get; private set; } = [];
    public bool CanAnswer { get; private set; }
    public Guid? Answering { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        await PrepareAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAskAsync(Guid id)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        if (string.IsNullOrWhiteSpace(Question))
            ModelState.AddModelError(nameof(Question), "Enter your question");
        else if (Question.Length > AppraisalQuestion.TextMaxLength)
            ModelState.AddModelError(
                nameof(Question),
                $"Your question must be {AppraisalQuestion.TextMaxLength:N0} characters or fewer"
            );
        if (!ModelState.IsValid)
        {
            await PrepareAsync();
            return Invalid();
        }
        Db.AppraisalQuestions.Add(
            new AppraisalQuestion
            {
                AppraisalId = id,
                AskedBy = Current.DisplayName,
                AskedAt = Clock.GetUtcNow(),
                Question = Question!.Trim(),
            }
        );
        await Db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = "Your question has been added to the log";
        return Redirect(Path("/questions"));
    }

    public async Task<IActionResult> OnPostAnswerAsync(Guid id, Guid questionId)
    {
        if (await LoadAsync(id) is { } refused)
            return refused;
        if (!Current.Can(Policies.AppraisalsWrite, Appraisal.OrganisationId))
            return Forbid();
        var question = await Db.AppraisalQuestions.FirstOrDefaultAsync(q => q.Id == questionId && q.AppraisalId == id);
        if (question is null)
            return NotFound();
        Answering = questionId;
        if (string.IsNullOrWhiteSpace(Answer))
            ModelState.AddModelError(nameof(Answer), "Enter the answer");
        else if (Answer.Length > AppraisalQuestion.TextMaxLength)
            ModelState.AddModelError(
                nameof(Answer),
                $"The answer must be {AppraisalQuestion.TextMaxLength:N0} characters or fewer"
            );
        if (!ModelState.IsValid)
        {
            await PrepareAsync();
            return Invalid();
        }
        question.Answer = Answer!.Trim();
        question.AnsweredBy = Current.DisplayName;
        question.AnsweredAt = Clock.GetUtcNow();
        await Db.SaveChangesAsync();
        TempData[PageKeys.SuccessMessage] = "The answer has been saved";
        return Redirect(Path("/questions"));
    }

    private async Task PrepareAsync()
    {
        CanAnswer = Current.Can(Policies.AppraisalsWrite, Appraisal.OrganisationId);
        Log = await Db
            .AppraisalQuestions.AsNoTracking()
            .Where(q => q.AppraisalId == Appraisal.Id)
            .OrderBy(q => q.AskedAt)
            .ToListAsync();
    }
}
