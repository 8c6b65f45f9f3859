using CareCommissioning.Web.Infrastructure.Audit;

namespace CareCommissioning.Web.Infrastructure.Seeding;

/// <summary>
/// Generated suppliers and purchases for the council at a seed scale: real CPV codes, values from a few hundred pounds
/// to above the statutory threshold (most small), the route and quotes the council's rules require, dates over the last
/// three years with older purchases further along (ordered, received, evaluated) and recent ones still drafts or
/// awaiting approval, a few departures and self-approvals that make them non-compliant, orders with per-year numbers,
/// and evaluations with value-for-money judgements. Deterministic for a given seed and starting state.
/// </summary>
public sealed class ScalePurchases(AppDbContext db, Random random, DateTimeOffset now)
{
    private static readonly string[] Divisions =
    [
        "33",
        "39",
        "85",
        "98",
        "79",
        "30",
        "50",
        "55",
        "60",
        "90",
        "80",
        "18",
    ];
    private static readonly string[] Places =
    [
        "Northby",
        "Dalebridge",
        "Kingsmoor",
        "Fellgate",
        "Ashford Vale",
        "Riverside",
        "Holmfield",
        "Westcliff",
    ];
    private static readonly string[] Trades =
    [
        "Mobility",
        "Care Supplies",
        "Home Support",
        "Medical",
        "Furniture",
        "Catering",
        "Transport",
        "Training",
        "Cleaning",
        "Equipment",
    ];
    private static readonly string[] Suffixes = ["Ltd", "Ltd", "Ltd", "CIC", "plc", "LLP", "Trust", "Co-operative"];
    private static readonly string[] Needs =
    [
        "for reablement",
        "for a day centre",
        "for a care home",
        "for supported living",
        "for the carers' service",
        "for a hospital discharge",
        "for the sensory team",
        "for extra care housing",
    ];

    /// <summary>Purchases saved at a time, with their quotes, orders and evaluations (about 4 records each, and their
    /// audit entries).</summary>
    private const int BatchSize = 5_000;

    public async Task SeedAsync(Guid council, int suppliers, int purchases, CancellationToken ct)
    {
        var codes = CpvCatalogue
            .Standard.Entries.Where(e => Divisions.Contains(e.Code[..2]) && e.Code[5] == '0')
            .ToList();
        var existingSuppliers = await db.Suppliers.CountAsync(s => s.OrganisationId == council, ct);
        var newSuppliers = new List<Supplier>();
        for (var i = existingSuppliers; i < suppliers; i++)
        {
            newSuppliers.Add(NewSupplier(council, i + 1, codes));
            if ((i + 1) % 2_000 == 0 || i + 1 == suppliers)
            {
                await AuditedBulkWrite.AddAsync(
                    db,
                    [newSuppliers, newSuppliers.SelectMany(s => s.Categories).ToList()],
                    ct
                );
                newSuppliers.Clear();
            }
        }

        var toAdd = purchases - await db.PurchaseRequests.CountAsync(p => p.OrganisationId == council, ct);
        if (toAdd <= 0)
            return;
        var supplierList = await db
            .Suppliers.AsNoTracking()
            .Where(s => s.OrganisationId == council && s.Status == SupplierStatus.Active)
            .OrderBy(s => s.Name)
            .Select(s => new { s.Id, s.Name })
            .ToListAsync(ct);
        var heads = await db
            .BudgetHeads.AsNoTracking()
            .Where(h => h.OrganisationId == council)
            .OrderBy(h => h.Code)
            .Select(h => h.Id)
            .ToListAsync(ct);
        var today = Domain.Common.UkCalendar.DateOf(now);
        var ruleVersions = await db
            .PurchasingRuleSets.AsNoTracking()
            .Include(r => r.Bands)
            .Where(r => r.OrganisationId == council)
            .ToListAsync(ct);
        var rules = PurchasingRuleSet.InForce(ruleVersions, today) ?? PurchasingRuleSet.Default(council, today);
        var users = await (
            from m in db.Memberships
            join u in db.Users on m.UserId equals u.Id

            where m.OrganisationId == council
            select new { u.Id, m.Role }
        ).ToListAsync(ct);
        var buyers = users
            .Where(u =>
                u.Role is Role.Purchaser or Role.Commissioner or Role.FinanceOfficer or Role.ProcurementSpecialist
            )
            .Select(u => u.Id)
            .Distinct()
            .ToList();
        var approver = users.First(u => u.Role == Role.DecisionMaker).Id;
        var sequences = new Dictionary<int, int>();
        foreach (
            var n in await db
                .PurchaseOrders.Where(o => o.OrganisationId == council)
                .Select(o => o.Number)
                .ToListAsync(ct)
        )
            if (OrderNumber.TryParse(n, out var y, out var s))
                sequences[y] = Math.Max(sequences.GetValueOrDefault(y), s);

        // Created oldest first, so order numbers rise with dates.
        var starts = Enumerable
            .Range(0, toAdd)
            .Select(_ => now.AddMinutes(-random.Next(3 * 365 * 24 * 60)))
            .Order()
            .ToList();
        for (var start = 0; start < toAdd; start += BatchSize)
        {
            var batch = starts.Skip(start).Take(BatchSize).ToList();
            var requests = new List<PurchaseRequest>(batch.Count);
            var orders = new List<PurchaseOrder>();
            var evaluations = new List<PurchaseEvaluation>();
            foreach (var created in batch)
            {
                var buyer = buyers[random.Next(buyers.Count)];
                var (code, name) = codes[random.Next(codes.Count)];
                // Log-uniform from £200 to £600,000: most purchases are small.
                var value = Math.Round(
                    (decimal)Math.Exp(Math.Log(200) + random.NextDouble() * (Math.Log(600_000) - Math.Log(200))),
                    0
                );
                var includesVat = random.Next(3) > 0;
                var band = rules.BandFor(RouteCalculator.IncludingVat(value, includesVat));
                var status = StatusFor(created);
                var r = new PurchaseRequest
                {
                    Id = NewGuid(),
                    OrganisationId = council,
                    RequestedByUserId = buyer,
                    Status = status,
                    Description = $"{Short(name)} {Needs[random.Next(Needs.Length)]}",
                    Category = code,
                    Quantity = random.Next(1, 20),
                    Unit = "items",
                    DateNeeded = Domain.Common.UkCalendar.DateOf(created).AddDays(random.Next(14, 120)),
                    OutcomeSupported = "People live independently at home",
                    BudgetHeadId = heads.Count == 0 ? null : heads[random.Next(heads.Count)],
                    OthersBuyingSame = "None found",
                    EstimatedValue = value,
                    IncludesVat = includesVat,
                    WholeLife = new WholeLifeCostInputs { PurchasePrice = value, LifeYears = 1 },
                    Weights = new SupplierSelectionWeights
                    {
                        WholeLifeCost = 40,
                        Quality = 40,
                        SocialValue = 20,
                    },
                    ProcessMeasures = [new ProcessMeasure { Kind = ProcessMeasureKind.RuleCompliance, Target = 1 }],
                    CreatedAt = created,
                    UpdatedAt = created,
                };
                if (status != PurchaseStatus.Draft || random.Next(2) == 0)
                {
                    r.RuleSetId = rules.Id;
                    r.RuleSetVersion = rules.VersionNumber;
                    r.RecommendedRoute = band.Route;
                    r.QuotesRequired = band.QuotesRequired;
                    r.RouteReason = $"The value is in the band from £{band.From:N0}";
                    // One in twenty goes a less formal way below a formal tender, with a reason.
                    r.ChosenRoute =
                        band.Route is PurchaseRoute.WrittenQuotes or PurchaseRoute.RequestForQuotation
                        && random.Next(20) == 0
                            ? band.Route - 1
                            : band.Route;
                    if (r.ChosenRoute != r.RecommendedRoute)
                        r.DepartureReason = "Only one local supplier could deliver in time";
                }
                if (status != PurchaseStatus.Draft)
                    r.SubmittedAt = created.AddHours(random.Next(1, 72));
                if (
                    status is not (PurchaseStatus.Draft or PurchaseStatus.Submitted or PurchaseStatus.Cancelled)
                    || status == PurchaseStatus.Cancelled && random.Next(2) == 0
                )
                {
                    var quotes = Math.Max(1, (r.QuotesRequired ?? 1) - (random.Next(10) == 0 ? 1 : 0));
                    for (var q = 0; q < quotes; q++)
                    {
                        var s = supplierList[random.Next(supplierList.Count)];
                        r.Quotes.Add(
                            new PurchaseQuote
                            {
                                Id = NewGuid(),
                                PurchaseRequestId = r.Id,
                                SupplierId = s.Id,
                                SupplierName = s.Name,
                                Price = Math.Round(value * (decimal)(0.85 + random.NextDouble() * 0.3), 2),
                                ReceivedOn = Domain.Common.UkCalendar.DateOf(created).AddDays(q + 3),
                            }
                        );
                    }
                    r.ChosenQuoteId = r.Quotes.MinBy(q => q.Price)!.Id;
                    if (r.Quotes.Count < (r.QuotesRequired ?? 0))
                        r.DepartureReason ??= "Fewer suppliers replied than asked";
                }
                if (
                    status
                    is PurchaseStatus.Approved
                        or PurchaseStatus.Rejected
                        or PurchaseStatus.Ordered
                        or PurchaseStatus.Received
                        or PurchaseStatus.Evaluated
                )
                {
                    r.Decision =
                        status == PurchaseStatus.Rejected ? PurchaseDecision.Rejected : PurchaseDecision.Approved;
                    // One in twenty-five approved their own purchase: not compliant when it departs or is short of
                    // quotes.
                    r.ApproverUserId = random.Next(25) == 0 ? buyer : approver;
                    r.DecidedAt = created.AddDays(random.Next(2, 10));
                    if (status == PurchaseStatus.Rejected)
                        r.DecisionReason = "Use the existing framework instead";
                }
                if (status == PurchaseStatus.Cancelled)
                    r.CancelledReason = "No longer needed";
                requests.Add(r);
                PurchaseOrder? order = null;
                if (status is PurchaseStatus.Ordered or PurchaseStatus.Received or PurchaseStatus.Evaluated)
                {
                    var issued = Domain.Common.UkCalendar.DateOf(created).AddDays(random.Next(5, 20));
                    var seq = sequences[issued.Year] = sequences.GetValueOrDefault(issued.Year) + 1;
                    var chosen = r.Quotes.Single(q => q.Id == r.ChosenQuoteId);
                    var received = status != PurchaseStatus.Ordered;
                    order = new PurchaseOrder
                    {
                        Id = NewGuid(),
                        OrganisationId = council,
                        PurchaseRequestId = r.Id,
                        Number = OrderNumber.Format(issued.Year, seq),
                        IssuedOn = issued,
                        IssuedByUserId = buyer,
                        SupplierId = chosen.SupplierId,
                        QuoteId = chosen.Id,
                        Amount = chosen.Price,
                        ReceivedOn = received ? issued.AddDays(random.Next(3, 30)) : null,
                        ActualCost = received
                            ? Math.Round(chosen.Price * (decimal)(0.95 + random.NextDouble() * 0.15), 2)
                            : null,
                        QualityDeliveredRating = received ? random.Next(2, 6) : null,
                    };
                    orders.Add(order);
                    if (status == PurchaseStatus.Evaluated)
                    {
                        var roll = random.Next(10);
                        evaluations.Add(
                            new PurchaseEvaluation
                            {
                                Id = NewGuid(),
                                PurchaseRequestId = r.Id,
                                EvaluatedByUserId = buyer,
                                EvaluatedOn = issued.AddDays(40),
                                EffectivenessRating = random.Next(2, 6),
                                RequesterSatisfaction = random.Next(2, 6),
                                ValueForMoney =
                                    roll < 6 ? ValueForMoneyJudgement.Good
                                    : roll < 9 ? ValueForMoneyJudgement.Acceptable
                                    : ValueForMoneyJudgement.Poor,
                                Benefits = "People could stay at home safely",
                                SharedWithSpecialists = true,
                                SharedOn = issued.AddDays(41),
                            }
                        );
                    }
                }
                // What a save's list columns step (PurchaseListColumns) works out; the bulk write runs no save hooks.
                r.RefreshListColumns(order);
            }
            await AuditedBulkWrite.AddAsync(
                db,
                [requests, requests.SelectMany(r => r.Quotes).ToList(), orders, evaluations],
                ct
            );
        }
    }

    /// <summary>Older purchases are further along; the last two months hold the drafts and those awaiting a
    /// decision.</summary>
    private PurchaseStatus StatusFor(DateTimeOffset created)
    {
        var ageDays = (now - created).TotalDays;
        var roll = random.Next(100);
        if (ageDays < 60)
            return roll switch
            {
                < 25 => PurchaseStatus.Draft,
                < 45 => PurchaseStatus.Submitted,
                < 60 => PurchaseStatus.AwaitingApproval,
                < 70 => PurchaseStatus.Approved,
                < 90 => PurchaseStatus.Ordered,
                _ => PurchaseStatus.Received,
            };
        return roll switch
        {
            < 3 => PurchaseStatus.Draft,
            < 5 => PurchaseStatus.Rejected,
            < 9 => PurchaseStatus.Cancelled,
            < 15 => PurchaseStatus.Ordered,
            < 55 => PurchaseStatus.Received,
            _ => PurchaseStatus.Evaluated,
        };
    }

    private Supplier NewSupplier(Guid council, int n, IReadOnlyList<(string Code, string Description)> codes)
    {
        var place = Places[random.Next(Places.Length)];
        var supplier = new Supplier
        {
            Id = NewGuid(),
            OrganisationId = council,
            Name = $"{place} {Trades[random.Next(Trades.Length)]} {Suffixes[random.Next(Suffixes.Length)]} {n:00000}",
            AddressLine1 = $"{random.Next(1, 200)} Station Road",
            Town = place,
            Postcode = $"NB{random.Next(1, 20)} {random.Next(1, 10)}AA",
            Size = (SupplierSize)random.Next(1, 5),
            IsVcse = random.Next(6) == 0,
            CompanyNumber = random.Next(100_000, 99_999_999).ToString("00000000"),
            Status = random.Next(50) == 0 ? SupplierStatus.Ceased : SupplierStatus.Active,
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (supplier.Status == SupplierStatus.Ceased)
            supplier.StatusReason = "Stopped trading";
        foreach (
            var code in Enumerable
                .Range(0, random.Next(1, 4))
                .Select(_ => codes[random.Next(codes.Count)].Code)
                .Distinct()
        )
            supplier.Categories.Add(new SupplierCategory { SupplierId = supplier.Id, CpvCode = code });
        return supplier;
    }

    private static string Short(string description)
    {
        var text = description.Length > 60 ? description[..60].TrimEnd() : description;
        return char.ToUpperInvariant(text[0]) + text[1..];
    }

    private Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        return new Guid(bytes);
    }
}
