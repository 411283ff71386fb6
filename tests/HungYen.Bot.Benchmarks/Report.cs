using System.Globalization;

namespace HungYen.Bot.Benchmarks;

internal static class Report
{
    public static void Line(string what, double value, string unit, string target) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-50} {value,10:0.###} {unit,-3} target {target}"));
}
