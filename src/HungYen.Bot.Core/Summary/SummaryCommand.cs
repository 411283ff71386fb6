namespace HungYen.Bot.Core.Summary;

/// <summary>/baocao — an admin gets the daily summary now, with its workbooks.</summary>
public sealed class SummaryCommand(DailySummary summary) : OfficeCommand
{
    public override CommandCard Card { get; } = CommandCard.Office("baocao", Vi.Summary.CommandDescription, En.Commands.Summary);

    public override Task ExecuteAsync(Turn turn, string arguments, CancellationToken cancellationToken)
    {
        foreach (var message in summary.Compose(summary.LastSent(turn.Now), turn.Now))
        {
            if (message.File is { } file)
            {
                turn.SendFile(message.Text, file.FileName, file.Content);
            }
            else
            {
                turn.Say(message.Text);
            }
        }

        return Task.CompletedTask;
    }
}
