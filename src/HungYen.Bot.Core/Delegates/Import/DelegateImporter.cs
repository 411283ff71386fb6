using T = HungYen.Bot.Core.Texts.Vi.Delegates;

namespace HungYen.Bot.Core.Delegates.Import;

/// <summary>A row that was not imported, and why.</summary>
public sealed record RowProblem(int RowNumber, string Reason);

/// <summary>What an import did; Missing: on the list before but not in this file (kept, never deleted silently); PossibleDuplicates: new rows whose name is already on the list under another phone.</summary>
public sealed record ImportResult(int Added, int Updated, IReadOnlyList<RowProblem> Problems, IReadOnlyList<Delegate>? Missing = null, IReadOnlyList<(int Row, Delegate Existing)>? PossibleDuplicates = null, IReadOnlyList<(int Row, Delegate Erased)>? Held = null);

/// <summary>
/// Checks the list row by row and imports the good rows into <paramref name="changes"/>. A phone number already on the list
/// updates that delegate (their link, codes and answer stay); a new one gets a new delegate with fresh codes.
/// </summary>
public static class DelegateImporter
{
    public static ImportResult Import(IRecordReader store, ChangeSet changes, IReadOnlyList<ListRow> rows, IReadOnlyCollection<string> knownGroups, DateTimeOffset now)
    {
        var existing = DelegateDirectory.All(store).ToList();
        var existingBefore = existing.ToList();
        var newRows = new List<(int Row, Delegate Delegate)>();
        var usedCodes = existing.SelectMany(d => new[] { d.InviteCode, d.CheckInCode }).ToHashSet();
        var seen = new Dictionary<string, int>();
        var problems = new List<RowProblem>();
        var held = new List<(int Row, Delegate Erased)>();
        var seenNames = new HashSet<string>();
        int added = 0, updated = 0, order = 0;
        foreach (var row in rows)
        {
            if (Check(row, seen) is { } problem)
            {
                problems.Add(new RowProblem(row.RowNumber, problem));
                continue;
            }

            // A mobile identifies the person; a row with a landline or no phone is kept, matched by name and
            // organisation on re-import, and reaches the bot through its invitation code only.
            var phone = PhoneNumber.ParseOrNull(row.Get(ListColumn.Phone))?.Value ?? "";
            seen[IdentityOf(row, phone)] = row.RowNumber;
            var found = phone.Length > 0
                ? existing.FirstOrDefault(d => d.Phone == phone)
                : existing.FirstOrDefault(d => d.Phone.Length == 0 && IdentityOf(d.FullName, d.Organization) == IdentityOf(row, ""));
            if (found is { SubstituteFor: not null })
            {
                problems.Add(new RowProblem(row.RowNumber, T.RowIsSubstitute(found.FullName)));
                continue;
            }

            // The person erased their data (phone gone) and is on the list again: the office decides whether the row is
            // them (link: their answer and history stay) or someone else (a new record); until then the row waits.
            if (found is null && existing.FirstOrDefault(d => d.ErasedAt is not null && d.SubstituteFor is null
                && IdentityOf(d.FullName, d.Organization) == IdentityOf(row.Get(ListColumn.FullName), row.Get(ListColumn.Organization))) is { } erased)
            {
                changes.Upsert(HeldImportRow.Of(erased.Id, row, phone, order++));
                held.Add((row.RowNumber, erased));
                seenNames.Add(erased.Id);
                continue;
            }

            var @delegate = found ?? NewDelegate(store, usedCodes, now);
            @delegate.FullName = row.Get(ListColumn.FullName);
            @delegate.Position = row.Get(ListColumn.Position);
            @delegate.Organization = row.Get(ListColumn.Organization);
            @delegate.Phone = phone;
            @delegate.Group = NullIfBlank(row.Get(ListColumn.Group));
            @delegate.Note = NullIfBlank(row.Get(ListColumn.Note));
            @delegate.ListNumber = NullIfBlank(row.Get(ListColumn.Number));
            @delegate.ListOrder = order++;
            @delegate.Landline = phone.Length == 0 ? NullIfBlank(row.Get(ListColumn.Phone)) : null;
            changes.Upsert(@delegate);
            if (phone.Length == 0)
            {
                problems.Add(new RowProblem(row.RowNumber, T.RowNoMobile(@delegate.Landline)));
            }

            if (found is null)
            {
                added++;
                existing.Add(@delegate);
                newRows.Add((row.RowNumber, @delegate));
            }
            else
            {
                updated++;
            }

            if (@delegate.Group is { } group && knownGroups.Count > 0 && !knownGroups.Contains(group, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(new RowProblem(row.RowNumber, T.RowUnknownGroup(group)));
            }
        }

        // Rows missing from the new file are listed for the office to remove on purpose (/daibieu_xoa); substitutes and
        // awardees never came from a file. A new row with a name already on the list is flagged as a probable duplicate.
        var imported = changes.Upserts.OfType<Delegate>().Select(d => d.Id).ToHashSet();
        var missing = existingBefore.Where(d => !imported.Contains(d.Id) && !seenNames.Contains(d.Id) && d.SubstituteFor is null && d.AwardeeFor is null).ToList();
        var duplicates = newRows
            .SelectMany(n => existingBefore.Where(e => e.SubstituteFor is null && Conversations.ChoiceMatcher.Fold(e.FullName) == Conversations.ChoiceMatcher.Fold(n.Delegate.FullName)).Select(e => (n.Row, e)))
            .ToList();
        return new ImportResult(added, updated, problems, missing, duplicates, held);
    }

    private static string? Check(ListRow row, Dictionary<string, int> seen)
    {
        var problems = new List<string>();
        if (AttendanceChecks.Name(row.Get(ListColumn.FullName)) is not null)
        {
            problems.Add(T.RowBadName);
        }

        if (AttendanceChecks.Position(row.Get(ListColumn.Position)) is not null)
        {
            problems.Add(T.RowBadPosition);
        }

        if (row.Get(ListColumn.Organization).Length < 2)
        {
            problems.Add(T.RowBadOrganization);
        }

        var typed = row.Get(ListColumn.Phone);
        var phone = PhoneNumber.ParseOrNull(typed);
        if (phone is null && typed.Length > 0 && !IsLandline(typed))
        {
            problems.Add(T.RowBadPhone(typed));
        }
        else if (seen.TryGetValue(IdentityOf(row, phone?.Value ?? ""), out var earlier))
        {
            problems.Add(phone is null ? T.RowDuplicatePerson(earlier) : T.RowDuplicatePhone(earlier));
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    /// <summary>A Vietnamese landline: 02 + area code + number, 10 or 11 digits.</summary>
    public static bool IsLandline(string typed)
    {
        var digits = new string([.. typed.Where(char.IsAsciiDigit)]);
        var separatorsOnly = typed.All(c => char.IsAsciiDigit(c) || char.IsWhiteSpace(c) || c is '.' or '-' or '(' or ')' or '+');
        if (digits.StartsWith("842", StringComparison.Ordinal))
        {
            digits = "0" + digits[2..];
        }

        return separatorsOnly && digits.Length is 10 or 11 && digits.StartsWith("02", StringComparison.Ordinal);
    }

    private static string IdentityOf(ListRow row, string phone) => phone.Length > 0 ? phone : IdentityOf(row.Get(ListColumn.FullName), row.Get(ListColumn.Organization));

    private static string IdentityOf(string name, string organization) => $"{Conversations.ChoiceMatcher.Fold(name)}|{Conversations.ChoiceMatcher.Fold(organization)}";

    /// <summary>A new delegate with fresh codes, none used by the list yet (for a held row the office says is someone else).</summary>
    public static Delegate NewDelegate(IRecordReader store, DateTimeOffset now) =>
        NewDelegate(store, DelegateDirectory.All(store).SelectMany(d => new[] { d.InviteCode, d.CheckInCode }).ToHashSet(), now);

    private static Delegate NewDelegate(IRecordReader store, HashSet<string> usedCodes, DateTimeOffset now) => new()
    {
        Id = DelegateIds.Next(store),
        Token = DelegateCodes.NewToken(),
        InviteCode = UniqueCode(usedCodes),
        CheckInCode = UniqueCode(usedCodes),
        ImportedAt = now,
    };

    private static string UniqueCode(HashSet<string> used)
    {
        string code;
        do
        {
            code = DelegateCodes.NewShortCode();
        }
        while (!used.Add(code));
        return code;
    }

    private static string? NullIfBlank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
