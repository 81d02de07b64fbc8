using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using PlanData.Text;

namespace PlanData.Storage;

/// <summary>
/// Every text column has a folded twin ("Title" → "TitleFolded": lower case, no diacritics, đ→d)
/// kept up to date on save, so that the API's case- and accent-insensitive filters and lookups run
/// in SQL over stored values.
/// </summary>
public static class FoldedColumns
{
    /// <summary>Adds the folded twins of every string and string-list property (owned types included).</summary>
    public static void Add(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().ToList())
        {
            foreach (var property in entity.GetProperties().Where(p => p.PropertyInfo is not null).ToList())
            {
                if (property.ClrType == typeof(string) || property.ClrType == typeof(List<string>))
                {
                    // Lists never hold null: without null compensation, PostgreSQL can test their elements in SQL.
                    if (property.GetElementType() is { } element)
                    {
                        element.IsNullable = false;
                    }
                    AddTwin(modelBuilder, entity, property);
                }
            }
        }
    }

    private static void AddTwin(ModelBuilder modelBuilder, IMutableEntityType entity, IMutableProperty property)
    {
        var name = FoldedNames.Of(property.Name);
        var text = property.ClrType == typeof(string);
        if (entity.FindOwnership() is { } ownership)
        {
            var owned = modelBuilder.Entity(ownership.PrincipalEntityType.Name).OwnsOne(entity.ClrType, ownership.PrincipalToDependent!.Name);
            if (text)
            {
                owned.Property<string>(name).IsRequired(!property.IsNullable);
            }
            else
            {
                owned.PrimitiveCollection<List<string>>(name).ElementType(e => e.IsRequired());
            }

            return;
        }

        var builder = modelBuilder.Entity(entity.Name);
        if (text)
        {
            builder.Property<string>(name).IsRequired(!property.IsNullable);
        }
        else
        {
            builder.PrimitiveCollection<List<string>>(name).ElementType(e => e.IsRequired());
        }
    }

    /// <summary>Fills the folded twins of added and changed entries.</summary>
    public static void Update(ChangeTracker changeTracker)
    {
        foreach (var entry in changeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified))
        {
            foreach (var property in entry.Properties.Where(p => p.Metadata.PropertyInfo is not null))
            {
                if (entry.Metadata.FindProperty(FoldedNames.Of(property.Metadata.Name)) is not { } folded)
                {
                    continue;
                }

                entry.Property(folded.Name).CurrentValue = property.CurrentValue switch
                {
                    string text => TextFolding.Fold(text),
                    List<string> texts => texts.Select(TextFolding.Fold).ToList(),
                    _ => null,
                };
            }
        }
    }

}
