using PlanData.Agencies;
using PlanData.Import.Agencies;
using PlanData.Seeding;

namespace PlanData.Import.Jurisdictions;

/// <summary>
/// Places as documents print them → jurisdictions of the national registry. Provinces are matched
/// by name and aliases, folded; districts and communes that the registry lacks are made, under
/// their province, from the header that names them (<see cref="Created"/> lists them for the
/// report), and end with their level when a level change says so (the districts on 1 July 2025).
/// </summary>
public sealed class JurisdictionResolver
{
    // A printed place may be one letter off a province's name ("Kon Tun"): only names this long are matched loosely.
    private const int LooseMatchMinimumLength = 6;

    private readonly Dictionary<string, JurisdictionEntry> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JurisdictionEntry>> _provincesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JurisdictionEntry> _created = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<JurisdictionLevelChange> _levelChanges;
    private readonly string _fileName;

    public JurisdictionResolver(AgencyRegistryFile registry, string fileName)
    {
        _fileName = fileName;
        _levelChanges = registry.LevelChanges ?? [];
        foreach (var jurisdiction in registry.Jurisdictions)
        {
            _byCode[jurisdiction.Code] = jurisdiction;
            if (jurisdiction.Level != JurisdictionLevel.Provincial)
            {
                continue;
            }

            foreach (var name in (jurisdiction.Aliases ?? []).Append(jurisdiction.Name).Append(jurisdiction.FullName).OfType<string>())
            {
                var key = PlaceName.Parse(name).Folded;
                if (!_provincesByName.TryGetValue(key, out var list))
                {
                    _provincesByName[key] = list = [];
                }

                if (!list.Contains(jurisdiction))
                {
                    list.Add(jurisdiction);
                }
            }
        }
    }

    public IReadOnlyCollection<JurisdictionEntry> Created => _created.Values;

    public JurisdictionEntry? Find(string code) => _byCode.GetValueOrDefault(code) ?? _created.GetValueOrDefault(code);

    public JurisdictionEntry National => _byCode.GetValueOrDefault("viet-nam") ?? new JurisdictionEntry("viet-nam", "Việt Nam", JurisdictionLevel.National);

    /// <summary>A province by a name as printed ("Quảng Ngãi", "TP. Hồ Chí Minh", "tỉnh Thừa Thiên Huế"); Loose when one letter was off.</summary>
    public ProvinceMatch? Province(string printed)
    {
        var place = PlaceName.Parse(printed);
        if (place.Level is JurisdictionLevel.District or JurisdictionLevel.Commune || place.Folded.Length == 0)
        {
            return null;
        }

        foreach (var key in new[] { place.Folded, PlaceName.Key(printed) })
        {
            if (_provincesByName.TryGetValue(key, out var exact))
            {
                return new ProvinceMatch(exact[0], false);
            }
        }

        if (place.Folded.Length < LooseMatchMinimumLength)
        {
            return null;
        }

        var loose = _provincesByName.Where(p => Math.Abs(p.Key.Length - place.Folded.Length) <= 1 && EditDistance.AtMostOne(p.Key, place.Folded))
            .SelectMany(p => p.Value).Distinct().ToList();
        return loose.Count == 1 ? new ProvinceMatch(loose[0], true) : null;
    }

    /// <summary>The first province a text names with its type ("tỉnh Quảng Ngãi", "thành phố Hải Phòng", "TP. Hồ Chí Minh").</summary>
    public JurisdictionEntry? FirstProvinceIn(string text)
    {
        foreach (var place in PlaceName.FindAll(text))
        {
            if (place.Level == JurisdictionLevel.Provincial)
            {
                // The name runs on past the place ("tỉnh Quảng Ngãi năm 2022"): try the longest run of words that names one.
                var words = place.Name.Split(' ');
                for (var n = Math.Min(words.Length, 4); n > 0; n--)
                {
                    if (Province($"{place.Type} {string.Join(' ', words.Take(n))}") is { Loose: false } found)
                    {
                        return found.Entry;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>The first district a text names ("UBND huyện Sơn Tịnh"), as its type and a name of at most four words.</summary>
    public PlaceName? FirstDistrictIn(string text)
    {
        return PlaceName.FindAll(text).FirstOrDefault(p => p.Level == JurisdictionLevel.District);
    }

    /// <summary>A district or commune under its province (and district, when known): the registry's, or made now.</summary>
    public JurisdictionEntry Local(PlaceName place, JurisdictionEntry province, JurisdictionEntry? district)
    {
        var level = place.Level ?? JurisdictionLevel.Commune;
        var name = TitleCase(place.Name);
        // An apostrophe joins a syllable to its word ("Đắk R'lấp" → huyen-dak-rlap), as in the name's folded key.
        var code = $"{province.Code}/{Slugs.From(place.Type + " " + place.Name.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal))}";
        if (Find(code) is { } known)
        {
            return known;
        }

        var ended = _levelChanges.FirstOrDefault(c => c.Level == level);
        var entry = new JurisdictionEntry(
            code,
            name,
            level,
            FullName: $"{char.ToUpperInvariant(place.Type[0])}{place.Type[1..]} {name}",
            Parent: (district ?? province).Code,
            EndedOn: ended?.EndedOn,
            Note: ended?.Note,
            Sources: ended?.Sources ?? []);
        return _created[code] = entry;
    }

    /// <summary>The file that first named the units made here.</summary>
    public string FileName => _fileName;

    // Names in capitals ("HUYỆN SƠN TỊNH") come out as names are written ("Sơn Tịnh").
    private static string TitleCase(string name) =>
        name.Any(char.IsLower) ? name : string.Join(' ', name.ToLowerInvariant().Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));


}

/// <param name="Loose">The printed name was one letter off the province's ("Kon Tun" for Kon Tum).</param>
public sealed record ProvinceMatch(JurisdictionEntry Entry, bool Loose);
