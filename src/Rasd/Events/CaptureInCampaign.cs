namespace Rasd.Events;

/// <summary>
/// Ground taken inside an offensive told with its span: "واستعاد الجيش السوري السيطرة على معظم الغوطة" dated within the weeks of
/// the shelling of the Ghouta by that army is the campaign's outcome, one happening with it, not a second attack.
/// </summary>
internal static class CaptureInCampaign
{
    private static readonly HashSet<string> Words = Lexicons.TsvTable.FoldedWords("event_capture_words");

    /// <summary>Folds every capture that falls within a campaign of the list into that campaign.</summary>
    public static void Fold(List<Event> events)
    {
        for (int i = events.Count - 1; i >= 0; i--)
        {
            var m = events[i];
            Event? into = null;
            for (int j = 0; j < events.Count && into is null; j++)
                if (Within(m, events[j])) into = events[j];
            if (into is null) continue;
            EventMerger.Absorb(into, m);
            events.RemoveAt(i);
        }
    }

    /// <summary>Whether every trigger of the attack is a word of taking ground ("استعادت … السيطرة", "سيطرت", "الاستيلاء").</summary>
    public static bool IsCapture(Event e)
    {
        foreach (var t in e.Triggers)
        {
            bool capture = false;
            foreach (var w in t.Entry.FoldedPhrase.Split(' '))
                if (Words.Contains(w)) { capture = true; break; }
            if (!capture) return false;
        }
        return e.Triggers.Count > 0;
    }

    /// <summary>
    /// Whether <paramref name="capture"/>, told only by words of taking ground, falls within the days of <paramref name="campaign"/>,
    /// an attack over a span of days (no capture itself) in one of its places, by its attacker or by none named.
    /// </summary>
    public static bool Within(Event capture, Event campaign)
    {
        if (capture == campaign || capture.Type != "ASSAULT" || campaign.Type != "ASSAULT" || capture.Mode != campaign.Mode) return false;
        // a campaign is told over several days; a capture of one day is its part only inside them
        if (campaign.Begin is not { } begin || campaign.End is not { } end || begin >= end) return false;
        if (capture.Begin is not { } from || capture.End is not { } to || from < begin || to > end) return false;
        if (!Shares(capture.Places, campaign.Places)) return false;
        if (capture.Actors.Count > 0 && !Shares(capture.Actors, campaign.Actors)) return false;
        return IsCapture(capture) && !IsCapture(campaign);
    }

    private static bool Shares(List<string> a, List<string> b)
    {
        foreach (var x in a)
            if (b.Contains(x)) return true;
        return false;
    }
}
