using System.Text;
using HungYen.Bot.Core.Channels;
using HungYen.Bot.Core.Conversations;
using HungYen.Bot.Core.Texts;
using D = HungYen.Bot.Core.Nominations.Wizard.NominationDraft;
using State = HungYen.Bot.Core.Nominations.Wizard.NominationWizardFlow.State;
using T = HungYen.Bot.Core.Texts.Vi.Nominations;

namespace HungYen.Bot.Core.Nominations.Wizard;

/// <summary>The wizard's question for each step, with its choices (and Back / Cancel on every step).</summary>
public static class NominationQuestions
{
    private static readonly Choice BackChoice = CommonChoices.Back;
    private static readonly Choice CancelChoice = CommonChoices.Cancel;

    public static void Ask(Turn turn, State state, NominationsOptions options, NominationSubmission submission)
    {
        switch (state)
        {
            case State.Award:
                turn.Ask(
                    T.AskAward(options.DirectorCertificateCriteria, options.ProvincialCertificateCriteria),
                    new Choice(T.Award(Nominations.AwardLevel.DirectorCertificate), nameof(Nominations.AwardLevel.DirectorCertificate)),
                    new Choice(T.Award(Nominations.AwardLevel.ProvincialCertificate), nameof(Nominations.AwardLevel.ProvincialCertificate)),
                    CancelChoice);
                break;
            case State.Kind:
                turn.Ask(T.AskKind, new Choice(T.Collective, nameof(Nominations.NomineeKind.Collective)), new Choice(T.Individual, nameof(Nominations.NomineeKind.Individual)), BackChoice, CancelChoice);
                break;
            case State.FullName:
                Text(turn, T.AskFullName, turn.Session.Get(D.Name));
                break;
            case State.Gender:
                turn.Ask(T.AskGender, new Choice(T.Male, "Nam"), new Choice(T.Female, "Nữ"), BackChoice, CancelChoice);
                break;
            case State.BirthYear:
                Text(turn, T.AskBirthYear(1940, turn.Now.Year - 18), turn.Session.Get(D.BirthYear));
                break;
            case State.Position:
                Text(turn, T.AskPosition, turn.Session.Get(D.Position));
                break;
            case State.Workplace:
                Text(turn, T.AskWorkplace, turn.Session.Get(D.Workplace));
                break;
            case State.CollectiveName:
                Text(turn, T.AskCollectiveName, turn.Session.Get(D.Name));
                break;
            case State.Head:
                Text(turn, T.AskHead, turn.Session.Get(D.Head));
                break;
            case State.Movement:
                AskMovement(turn, options);
                break;
            case State.Summary:
                Text(turn, T.AskSummary(options.SummaryMinLength, options.SummaryMaxLength), null);
                break;
            case State.Attachment:
                turn.Ask(T.AskAttachment(options.MaxFileMegabytes), new Choice(T.Skip, "skip"), BackChoice, CancelChoice);
                break;
            case State.Declaration:
                turn.Ask(T.AskDeclaration, new Choice(T.Declare, "declare"), BackChoice, CancelChoice);
                break;
            case State.Review:
                turn.Ask(submission.ReviewText(turn), new Choice(T.Submit, "submit"), new Choice(T.EditOne, "edit"), BackChoice, CancelChoice);
                break;
            case State.ChoosingField:
                var fields = D.IsIndividual(turn.Session) ? NominationWizardFlow.EditableIndividual : NominationWizardFlow.EditableCollective;
                turn.Ask(T.AskWhichField, [.. fields.Select(f => new Choice(FieldLabel(f), "f:" + f)), BackChoice]);
                break;
        }
    }

    public static string FieldLabel(State field) => field switch
    {
        State.Award => T.FieldAward,
        State.Kind => T.FieldKind,
        State.FullName => T.FieldFullName,
        State.Gender => T.FieldGender,
        State.BirthYear => T.FieldBirthYear,
        State.Position => T.FieldPosition,
        State.Workplace => T.FieldWorkplace,
        State.CollectiveName => T.FieldCollectiveName,
        State.Head => T.FieldHead,
        State.Movement => T.FieldMovement,
        State.Summary => T.FieldSummary,
        _ => T.FieldAttachment,
    };

    private static void Text(Turn turn, string question, string? current) =>
        turn.Ask(current is null ? question : $"{question}\n(Hiện tại: {current})", BackChoice, CancelChoice);

    private static void AskMovement(Turn turn, NominationsOptions options)
    {
        // Movement names are long: the full names are listed in the text, buttons carry a short label.
        var text = new StringBuilder(T.AskMovement);
        var choices = new List<Choice>();
        for (var i = 0; i < options.Movements.Count; i++)
        {
            var name = options.Movements[i];
            text.Append('\n').Append(i + 1).Append(". ").Append(name);
            choices.Add(new Choice(name.Length <= 48 ? name : name[..47].TrimEnd() + "…", $"m:{i}"));
        }

        choices.Add(BackChoice);
        choices.Add(CancelChoice);
        turn.Ask(text.ToString(), choices);
    }
}
