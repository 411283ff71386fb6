using System.ComponentModel.DataAnnotations;

namespace HungYen.Bot.Core.Delegates;

/// <summary>Section "Delegates": what the Giấy mời shows and how long the Hội nghị lasts.</summary>
public sealed class DelegatesOptions
{
    public const string Section = "Delegates";

    /// <summary>The plan's programme, in order; shown on the Giấy mời.</summary>
    public List<string> Programme { get; set; } = [];

    /// <summary>The plan's participant groups (thành phần tham dự); an imported nhóm outside them is only noted.</summary>
    public List<string> Groups { get; set; } = [];

    /// <summary>Length of the Hội nghị (half a day), for the calendar entry.</summary>
    [Range(15, 24 * 60)]
    public int DurationMinutes { get; set; } = 210;

    /// <summary>Who issues the Giấy mời.</summary>
    [Required]
    public string Inviter { get; set; } = "Sở Khoa học và Công nghệ tỉnh Hưng Yên";
}
