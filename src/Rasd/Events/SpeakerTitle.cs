using Rasd.Entities;
using Rasd.Text;

namespace Rasd.Events;

/// <summary>
/// "ندد الأمين العام لحزب الله حسن نصر الله بالغارات الإسرائيلية": after a statement's verb, the speaker's title phrase, the body
/// its "ل" complement names and the holder's name are one speaker; none of them is a party to the deed he speaks of.
/// </summary>
internal static class SpeakerTitle
{
    /// <summary>Whether <paramref name="m"/> is the body behind the title phrase right after the statement's verb, or the name right after that body.</summary>
    public static bool Holds(IReadOnlyList<Token> tokens, TriggerMatch statement, EntityMention m, List<EntityMention> mentions)
    {
        EntityMention? title = null;
        foreach (var x in mentions)
            if (x.FirstToken == statement.EndToken && x.Type is null && x.Role is not null) { title = x; break; }
        if (title is null || m.FirstToken < title.EndToken || m == title) return false;
        int at = title.EndToken;
        // the title's own adjectives ("المساعد"), then its complement behind ل
        for (int a = 0; a < 2 && at < m.FirstToken && tokens[at].IsWord && tokens[at].Folded.StartsWith("ال", StringComparison.Ordinal); a++) at++;
        // ("لـ «حزب الله»": a separate "لـ" and a quote before the body)
        bool lam = at < m.FirstToken && tokens[at].Folded == "ل";
        if (lam) for (at++; at < m.FirstToken && tokens[at].Kind == TokenKind.Punctuation && !tokens[at].IsComma; at++) { }
        EntityMention? body = null;
        foreach (var x in mentions)
            if (x.FirstToken == at && x.Type != EntityType.Per) { body = x; break; }
        if (body is null || !lam && !BehindLam(tokens[at])) return false;
        if (m == body) return true;
        // the holder's name right after the body
        return m.Type == EntityType.Per && m.FirstToken == body.EndToken;
    }

    private static bool BehindLam(Token t)
    {
        foreach (var r in t.Readings)
            if (r.Proclitics is "ل" or "لل") return true;
        return false;
    }
}
