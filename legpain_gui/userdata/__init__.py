"""The person's own data: favourites, notes, saved comparisons and checker sessions."""
